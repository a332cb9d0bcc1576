namespace ProfileGraph.GraphQL.Language;

/// <summary>A named type reference (spec §2.11).</summary>
public sealed class NamedTypeNode : SyntaxNode, ITypeNode
{
    /// <summary>Creates the node.</summary>
    public NamedTypeNode(NameNode name, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    public NameNode Name { get; }
}

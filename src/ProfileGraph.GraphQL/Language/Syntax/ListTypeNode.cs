namespace ProfileGraph.GraphQL.Language;

/// <summary>A list type reference <c>[Type]</c> (spec §2.11).</summary>
public sealed class ListTypeNode : SyntaxNode, ITypeNode
{
    /// <summary>Creates the node.</summary>
    public ListTypeNode(ITypeNode type, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(type);
        Type = type;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListType;

    public ITypeNode Type { get; }
}

namespace ProfileGraph.GraphQL.Language;

/// <summary><c>extend union</c> (spec §3.8.1).</summary>
public sealed class UnionTypeExtensionNode : SyntaxNode, ITypeExtensionNode
{
    /// <summary>Creates the node.</summary>
    public UnionTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(types);
        Name = name;
        Directives = directives;
        Types = types;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<NamedTypeNode> Types { get; }
}

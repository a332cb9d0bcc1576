namespace ProfileGraph.GraphQL.Language;

/// <summary>A union type definition (spec §3.8).</summary>
public sealed class UnionTypeDefinitionNode : SyntaxNode, ITypeDefinitionNode
{
    /// <summary>Creates the node.</summary>
    public UnionTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(types);
        Description = description;
        Name = name;
        Directives = directives;
        Types = types;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<NamedTypeNode> Types { get; }
}

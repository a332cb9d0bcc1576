namespace ProfileGraph.GraphQL.Language;

/// <summary>A scalar type definition (spec §3.5).</summary>
public sealed class ScalarTypeDefinitionNode : SyntaxNode, ITypeDefinitionNode
{
    /// <summary>Creates the node.</summary>
    public ScalarTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        Description = description;
        Name = name;
        Directives = directives;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}

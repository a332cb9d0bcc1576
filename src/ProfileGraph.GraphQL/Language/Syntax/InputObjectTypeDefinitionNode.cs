namespace ProfileGraph.GraphQL.Language;

/// <summary>An input object type definition (spec §3.10).</summary>
public sealed class InputObjectTypeDefinitionNode : SyntaxNode, ITypeDefinitionNode
{
    /// <summary>Creates the node.</summary>
    public InputObjectTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(fields);
        Description = description;
        Name = name;
        Directives = directives;
        Fields = fields;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }
}

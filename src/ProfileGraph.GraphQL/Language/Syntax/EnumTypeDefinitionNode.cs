namespace ProfileGraph.GraphQL.Language;

/// <summary>An enum type definition (spec §3.9).</summary>
public sealed class EnumTypeDefinitionNode : SyntaxNode, ITypeDefinitionNode
{
    /// <summary>Creates the node.</summary>
    public EnumTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(values);
        Description = description;
        Name = name;
        Directives = directives;
        Values = values;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }
}

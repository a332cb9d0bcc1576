namespace ProfileGraph.GraphQL.Language;

/// <summary>One value of an enum type definition (spec §3.9).</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode
{
    /// <summary>Creates the node.</summary>
    public EnumValueDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        Description = description;
        Name = name;
        Directives = directives;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}

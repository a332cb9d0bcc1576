namespace ProfileGraph.GraphQL.Language;

/// <summary>A directive definition (spec §3.13).</summary>
public sealed class DirectiveDefinitionNode : SyntaxNode, ITypeSystemDefinitionNode
{
    /// <summary>Creates the node.</summary>
    public DirectiveDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, bool repeatable, IReadOnlyList<NameNode> locations, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(locations);
        Description = description;
        Name = name;
        Arguments = arguments;
        Repeatable = repeatable;
        Locations = locations;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }

    public bool Repeatable { get; }

    public IReadOnlyList<NameNode> Locations { get; }
}

namespace ProfileGraph.GraphQL.Language;

/// <summary>A fragment definition (spec §2.8).</summary>
public sealed class FragmentDefinitionNode : SyntaxNode, IExecutableDefinitionNode
{
    /// <summary>Creates the node.</summary>
    public FragmentDefinitionNode(NameNode name, NamedTypeNode typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(typeCondition);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(selectionSet);
        Name = name;
        TypeCondition = typeCondition;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    public NameNode Name { get; }

    public NamedTypeNode TypeCondition { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public SelectionSetNode SelectionSet { get; }
}

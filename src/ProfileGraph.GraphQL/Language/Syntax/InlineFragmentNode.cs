namespace ProfileGraph.GraphQL.Language;

/// <summary>An inline fragment <c>... on Type { }</c> (spec §2.8.2).</summary>
public sealed class InlineFragmentNode : SyntaxNode, ISelectionNode
{
    /// <summary>Creates the node.</summary>
    public InlineFragmentNode(NamedTypeNode? typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(selectionSet);
        TypeCondition = typeCondition;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public SelectionSetNode SelectionSet { get; }
}

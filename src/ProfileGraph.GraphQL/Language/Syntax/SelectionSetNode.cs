namespace ProfileGraph.GraphQL.Language;

/// <summary>A selection set <c>{ ... }</c> (spec §2.4).</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    /// <summary>Creates the node.</summary>
    public SelectionSetNode(IReadOnlyList<ISelectionNode> selections, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(selections);
        Selections = selections;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    public IReadOnlyList<ISelectionNode> Selections { get; }
}

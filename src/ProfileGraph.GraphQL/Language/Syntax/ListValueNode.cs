namespace ProfileGraph.GraphQL.Language;

/// <summary>A list literal <c>[ ... ]</c> (spec §2.9.7).</summary>
public sealed class ListValueNode : SyntaxNode, IValueNode
{
    /// <summary>Creates the node.</summary>
    public ListValueNode(IReadOnlyList<IValueNode> values, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = values;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    public IReadOnlyList<IValueNode> Values { get; }
}

namespace ProfileGraph.GraphQL.Language;

/// <summary><c>null</c> (spec §2.9.5).</summary>
public sealed class NullValueNode : SyntaxNode, IValueNode
{
    /// <summary>Creates the node.</summary>
    public NullValueNode(Location? location = null)
        : base(location)
    {
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

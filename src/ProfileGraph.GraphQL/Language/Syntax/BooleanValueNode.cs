namespace ProfileGraph.GraphQL.Language;

/// <summary><c>true</c> or <c>false</c> (spec §2.9.3).</summary>
public sealed class BooleanValueNode : SyntaxNode, IValueNode
{
    /// <summary>Creates the node.</summary>
    public BooleanValueNode(bool value, Location? location = null)
        : base(location)
    {
        Value = value;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    public bool Value { get; }
}

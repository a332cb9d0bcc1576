namespace ProfileGraph.GraphQL.Language;

/// <summary>An integer literal, kept as its source text (spec §2.9.1).</summary>
public sealed class IntValueNode : SyntaxNode, IValueNode
{
    /// <summary>Creates the node.</summary>
    public IntValueNode(string value, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    public string Value { get; }
}

namespace ProfileGraph.GraphQL.Language;

/// <summary>A string literal with escapes resolved; <see cref="Block"/> tells whether it was a block string (spec §2.9.4).</summary>
public sealed class StringValueNode : SyntaxNode, IValueNode
{
    /// <summary>Creates the node.</summary>
    public StringValueNode(string value, bool block = false, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
        Block = block;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    public string Value { get; }

    public bool Block { get; }
}

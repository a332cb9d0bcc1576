namespace ProfileGraph.GraphQL.Language;

/// <summary>A float literal, kept as its source text (spec §2.9.2).</summary>
public sealed class FloatValueNode : SyntaxNode, IValueNode
{
    /// <summary>Creates the node.</summary>
    public FloatValueNode(string value, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    public string Value { get; }
}

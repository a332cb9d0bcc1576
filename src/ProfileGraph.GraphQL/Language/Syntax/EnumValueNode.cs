namespace ProfileGraph.GraphQL.Language;

/// <summary>An enum literal (spec §2.9.6).</summary>
public sealed class EnumValueNode : SyntaxNode, IValueNode
{
    /// <summary>Creates the node.</summary>
    public EnumValueNode(string value, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    public string Value { get; }
}

namespace ProfileGraph.GraphQL.Language;

/// <summary>A name (spec §2.1.9 Names).</summary>
public sealed class NameNode : SyntaxNode
{
    /// <summary>Creates the node.</summary>
    public NameNode(string value, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Name;

    public string Value { get; }
}

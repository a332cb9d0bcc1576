namespace ProfileGraph.GraphQL.Language;

/// <summary>An argument <c>name: value</c> (spec §2.6).</summary>
public sealed class ArgumentNode : SyntaxNode
{
    /// <summary>Creates the node.</summary>
    public ArgumentNode(NameNode name, IValueNode value, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        Name = name;
        Value = value;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Argument;

    public NameNode Name { get; }

    public IValueNode Value { get; }
}

namespace ProfileGraph.GraphQL.Language;

/// <summary>One <c>name: value</c> entry of an input object literal (spec §2.9.8).</summary>
public sealed class ObjectFieldNode : SyntaxNode
{
    /// <summary>Creates the node.</summary>
    public ObjectFieldNode(NameNode name, IValueNode value, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        Name = name;
        Value = value;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    public NameNode Name { get; }

    public IValueNode Value { get; }
}

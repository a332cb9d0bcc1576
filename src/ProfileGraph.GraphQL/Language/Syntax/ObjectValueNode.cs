namespace ProfileGraph.GraphQL.Language;

/// <summary>An input object literal <c>{ ... }</c> (spec §2.9.8).</summary>
public sealed class ObjectValueNode : SyntaxNode, IValueNode
{
    /// <summary>Creates the node.</summary>
    public ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Fields = fields;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get; }
}

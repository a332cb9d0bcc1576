namespace ProfileGraph.GraphQL.Language;

/// <summary>A variable reference <c>$name</c> (spec §2.10).</summary>
public sealed class VariableNode : SyntaxNode, IValueNode
{
    /// <summary>Creates the node.</summary>
    public VariableNode(NameNode name, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Variable;

    public NameNode Name { get; }
}

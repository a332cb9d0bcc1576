namespace ProfileGraph.GraphQL.Language;

/// <summary><c>extend scalar</c> (spec §3.5.1).</summary>
public sealed class ScalarTypeExtensionNode : SyntaxNode, ITypeExtensionNode
{
    /// <summary>Creates the node.</summary>
    public ScalarTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        Name = name;
        Directives = directives;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}

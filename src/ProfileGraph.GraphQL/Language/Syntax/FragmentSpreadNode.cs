namespace ProfileGraph.GraphQL.Language;

/// <summary>A fragment spread <c>...Name</c> (spec §2.8).</summary>
public sealed class FragmentSpreadNode : SyntaxNode, ISelectionNode
{
    /// <summary>Creates the node.</summary>
    public FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        Name = name;
        Directives = directives;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}

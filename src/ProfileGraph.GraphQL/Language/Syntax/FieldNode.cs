namespace ProfileGraph.GraphQL.Language;

/// <summary>A field selection (spec §2.5 Fields, §2.7 Field Alias).</summary>
public sealed class FieldNode : SyntaxNode, ISelectionNode
{
    /// <summary>Creates the node.</summary>
    public FieldNode(NameNode? alias, NameNode name, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives, SelectionSetNode? selectionSet, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(directives);
        Alias = alias;
        Name = name;
        Arguments = arguments;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Field;

    public NameNode? Alias { get; }

    public NameNode Name { get; }

    public IReadOnlyList<ArgumentNode> Arguments { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public SelectionSetNode? SelectionSet { get; }
}

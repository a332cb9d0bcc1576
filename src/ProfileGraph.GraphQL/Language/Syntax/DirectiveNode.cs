namespace ProfileGraph.GraphQL.Language;

/// <summary>An applied directive <c>@name(args)</c> (spec §2.12).</summary>
public sealed class DirectiveNode : SyntaxNode
{
    /// <summary>Creates the node.</summary>
    public DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(arguments);
        Name = name;
        Arguments = arguments;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Directive;

    public NameNode Name { get; }

    public IReadOnlyList<ArgumentNode> Arguments { get; }
}

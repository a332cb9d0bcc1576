namespace ProfileGraph.GraphQL.Language;

/// <summary>A whole GraphQL document (spec §2.2 Document).</summary>
public sealed class DocumentNode : SyntaxNode
{
    /// <summary>Creates the node.</summary>
    public DocumentNode(IReadOnlyList<IDefinitionNode> definitions, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        Definitions = definitions;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Document;

    public IReadOnlyList<IDefinitionNode> Definitions { get; }
}

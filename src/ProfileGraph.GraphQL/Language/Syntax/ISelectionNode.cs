namespace ProfileGraph.GraphQL.Language;

/// <summary>A field, fragment spread or inline fragment (spec §2.4 Selection).</summary>
public interface ISelectionNode : ISyntaxNode
{
    /// <summary>Directives applied to the selection.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}

namespace ProfileGraph.GraphQL.Language;

/// <summary>What every AST node offers; the marker interfaces below extend it so they can be switched on.</summary>
public interface ISyntaxNode
{
    /// <summary>Which node this is.</summary>
    SyntaxKind Kind { get; }

    /// <summary>Where the node appears in the source, or null.</summary>
    Location? Location { get; }
}

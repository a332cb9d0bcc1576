namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// Limits that protect the parser from hostile documents. Exceeding one fails the parse with a
/// <see cref="GraphQLSyntaxException"/> (code HC0014), never with a stack overflow.
/// </summary>
public sealed class ParserOptions
{
    /// <summary>The most tokens a document may contain (end of file not counted). Default 15,000.</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>
    /// The deepest nesting of selection sets, list and object values and list types. Default 200.
    /// </summary>
    public int MaxDepth { get; set; } = 200;

    /// <summary>The most field selections a document may contain, or null for no limit. Default 2,048.</summary>
    public int? MaxFields { get; set; } = 2_048;

    /// <summary>When true, nodes are built without <see cref="SyntaxNode.Location"/> (saves memory for cached documents).</summary>
    public bool NoLocations { get; set; }

    /// <summary>Limits for trusted input such as schema files: no token or field limit, depth 200.</summary>
    public static ParserOptions Trusted => new() { MaxTokens = int.MaxValue, MaxFields = null };
}

namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// Where a node appears in its source: <paramref name="Start"/> and <paramref name="End"/> are character
/// offsets (end exclusive); <paramref name="Line"/> and <paramref name="Column"/> are 1-based and refer to the start.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    /// <summary>The start as a <see cref="SourceLocation"/> for error reporting.</summary>
    public SourceLocation ToSourceLocation() => new(Line, Column);
}

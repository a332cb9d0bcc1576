namespace ProfileGraph.Data;

/// <summary>
/// A caller mistake found before anything is executed: unknown path, wrong value type, bad cursor, bad paging.
/// <see cref="Code"/> is stable (see <see cref="QueryErrorCodes"/>).
/// </summary>
public sealed class QueryException : ArgumentException
{
    public QueryException(string code, string message, string? path = null)
        : base(message)
    {
        Code = code;
        Path = path;
    }

    /// <summary>One of <see cref="QueryErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The document path the error is about, when there is one.</summary>
    public string? Path { get; }
}

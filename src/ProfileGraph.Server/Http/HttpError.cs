namespace ProfileGraph.Server.Http;

/// <summary>A transport-level failure answered before the executor runs: a status code and one GraphQL error.</summary>
internal sealed record HttpError(int StatusCode, string Message, string? Code)
{
    /// <summary>Extra response headers (e.g. <c>Allow</c> with 405).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
}

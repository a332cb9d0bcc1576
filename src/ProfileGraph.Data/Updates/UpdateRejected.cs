namespace ProfileGraph.Data.Updates;

/// <summary>An operation that does not fit the stored document; becomes a Rejected outcome, never escapes the store.</summary>
internal sealed class UpdateRejected(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

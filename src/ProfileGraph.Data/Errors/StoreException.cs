namespace ProfileGraph.Data;

/// <summary>
/// A failure of the database itself (connection lost, disk full, deadlock, timeout), wrapped once.
/// Caller mistakes are <see cref="QueryException"/> instead.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(string message, bool isTransient, Exception? inner = null)
        : base(message, inner) => IsTransient = isTransient;

    /// <summary>True when retrying the same call may succeed (serialization failure, busy database, lost connection).</summary>
    public bool IsTransient { get; }
}

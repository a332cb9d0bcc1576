namespace ProfileGraph.Data;

/// <summary>The outcome of a write on one document.</summary>
public sealed class UpdateResult
{
    internal UpdateResult(string id, UpdateStatus status, StoredDocument? document, string? errorCode = null, string? errorMessage = null)
    {
        Id = id;
        Status = status;
        Document = document;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
    }

    public string Id { get; }

    public UpdateStatus Status { get; }

    /// <summary>The document after the write (or as found, when nothing changed).</summary>
    public StoredDocument? Document { get; }

    /// <summary>For <see cref="UpdateStatus.Rejected"/>: one of <see cref="QueryErrorCodes"/>.</summary>
    public string? ErrorCode { get; }

    public string? ErrorMessage { get; }
}

public enum UpdateStatus
{
    /// <summary>The document changed and its version grew by one.</summary>
    Updated,
    /// <summary>The document was created.</summary>
    Created,
    /// <summary>Every operation was a no-op (e.g. set-once on a present value); the version is unchanged.</summary>
    Unchanged,
    NotFound,
    /// <summary>The expected version did not match.</summary>
    VersionConflict,
    /// <summary>An operation did not fit the document (e.g. increment of a string); nothing was written.</summary>
    Rejected,
    /// <summary>In a batch: this document was fine, but another was rejected, so nothing was written.</summary>
    RolledBack,
}

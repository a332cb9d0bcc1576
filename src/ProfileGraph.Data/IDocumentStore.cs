using System.Text.Json.Nodes;

namespace ProfileGraph.Data;

/// <summary>
/// The profile document store. Every call is scoped to one project: no statement can reach another
/// project's rows. Caller mistakes throw <see cref="QueryException"/> before anything runs; database
/// failures throw <see cref="StoreException"/>.
/// </summary>
public interface IDocumentStore : IAsyncDisposable
{
    DocumentSchema Schema { get; }

    /// <summary>Documents aligned with <paramref name="ids"/>; null where an id is unknown.</summary>
    Task<IReadOnlyList<StoredDocument?>> GetByIdsAsync(string project, IReadOnlyList<string> ids, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default);

    Task<DocumentPage> QueryAsync(string project, QueryModel query, CancellationToken cancellationToken = default);

    Task<long> CountAsync(string project, Filter? where = null, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the whole body. <paramref name="expectedVersion"/> 0 means "must not exist yet".</summary>
    Task<UpdateResult> UpsertAsync(string project, string id, JsonObject body, long? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Applies the operations atomically. With <paramref name="createIfMissing"/> a missing document starts empty.</summary>
    Task<UpdateResult> UpdateAsync(string project, string id, UpdateOperations operations, long? expectedVersion = null, bool createIfMissing = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds integers to integral numbers in one atomic statement, without reading the document first. Applies
    /// only when it is exactly right: the document exists (at <paramref name="expectedVersion"/> when given),
    /// every target holds an integral JSON number, every result stays in its target's range and the custom
    /// properties stay within <paramref name="limits"/>. Otherwise nothing is written and the result is null,
    /// so the caller takes the general path, which reports why. Returns the changed document, projected to
    /// <paramref name="select"/> when given.
    /// </summary>
    Task<StoredDocument?> TryIncrementAsync(string project, string id, IReadOnlyList<IncrementTarget> targets, IncrementLimits limits, long? expectedVersion = null, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies the operations to every document matching <paramref name="where"/> (ordered by id, paged by
    /// <paramref name="skip"/>/<paramref name="take"/>) in one transaction: all are written or, if one is rejected, none.
    /// </summary>
    Task<IReadOnlyList<UpdateResult>> UpdateManyAsync(string project, Filter? where, UpdateOperations operations, int take, int skip = 0, CancellationToken cancellationToken = default);

    /// <summary>Deletes the document with its identities. False when it did not exist or the version differed.</summary>
    Task<bool> DeleteAsync(string project, string id, long? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Inserts many new documents fast (COPY on PostgreSQL). Existing ids fail the whole load.</summary>
    Task<long> BulkInsertAsync(string project, IEnumerable<KeyValuePair<string, JsonObject>> documents, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts many new documents fast, each with its original timestamps when given. Existing ids fail the whole
    /// load and nothing is written. On PostgreSQL a load into an empty table builds the secondary indexes after the rows.
    /// </summary>
    Task<long> BulkInsertAsync(string project, IEnumerable<BulkDocument> documents, CancellationToken cancellationToken = default);

    Task<BindResult> BindIdentityAsync(string project, IdentityKey identity, string profileId, CancellationToken cancellationToken = default);

    Task<string?> LookupIdentityAsync(string project, IdentityKey identity, CancellationToken cancellationToken = default);

    /// <summary>Removes the binding; with <paramref name="profileId"/> only if it points at that profile.</summary>
    Task<bool> UnbindIdentityAsync(string project, IdentityKey identity, string? profileId = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<IdentityKey>> GetIdentitiesAsync(string project, string profileId, CancellationToken cancellationToken = default);

    /// <summary>Total UTF-8 bytes of the custom-properties objects of the project's documents; O(1).</summary>
    Task<long> GetPropertyBytesAsync(string project, CancellationToken cancellationToken = default);
}

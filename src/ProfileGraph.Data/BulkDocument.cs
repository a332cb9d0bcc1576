using System.Text.Json.Nodes;
using ProfileGraph.Data.Sql;

namespace ProfileGraph.Data;

/// <summary>
/// One new document for <see cref="IDocumentStore.BulkInsertAsync(string, IEnumerable{BulkDocument}, CancellationToken)"/>,
/// optionally with the timestamps it had elsewhere (a migration keeps them; the load time is used otherwise).
/// </summary>
/// <param name="Id">The document id.</param>
/// <param name="Body">The body, validated and normalized as every write is.</param>
/// <param name="CreatedAt">The original creation time; null for the load time.</param>
/// <param name="UpdatedAt">The original last-update time; null for <paramref name="CreatedAt"/> (or the load time).</param>
public sealed record BulkDocument(string Id, JsonObject Body, DateTimeOffset? CreatedAt = null, DateTimeOffset? UpdatedAt = null)
{
    /// <summary>The timestamps to store, at the store's precision, with <paramref name="now"/> for the missing ones.</summary>
    internal (DateTimeOffset Created, DateTimeOffset Updated) Stamps(DateTimeOffset now)
    {
        var created = CreatedAt is { } c ? ValueCoercer.Truncate(c) : now;
        return (created, UpdatedAt is { } u ? ValueCoercer.Truncate(u) : created);
    }
}

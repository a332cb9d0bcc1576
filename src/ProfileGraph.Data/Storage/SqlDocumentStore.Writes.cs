using System.Data.Common;
using System.Text.Json.Nodes;
using ProfileGraph.Data.Sql;
using ProfileGraph.Data.Updates;

namespace ProfileGraph.Data.Storage;

internal abstract partial class SqlDocumentStore
{
    public async Task<UpdateResult> UpsertAsync(string project, string id, JsonObject body, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var scope = ProjectScope.Create(project);
        ProjectScope.CheckId(id);
        ArgumentNullException.ThrowIfNull(body);
        var normalized = BodyValidator.Normalize(Schema, body);
        return await WriteAsync(async (connection, transaction) =>
        {
            var row = await LoadForWriteAsync(connection, transaction, scope, id, cancellationToken).ConfigureAwait(false);
            if (expectedVersion is { } expected && (row?.Version ?? 0) != expected)
            {
                return (new UpdateResult(id, UpdateStatus.VersionConflict, row?.ToDocument()), false);
            }

            if (row is not null && JsonNode.DeepEquals(row.Body, normalized))
            {
                return (new UpdateResult(id, UpdateStatus.Unchanged, row.ToDocument()), false);
            }

            var saved = await SaveAsync(connection, transaction, scope, id, row, normalized, cancellationToken).ConfigureAwait(false);
            return (new UpdateResult(id, row is null ? UpdateStatus.Created : UpdateStatus.Updated, saved), true);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<UpdateResult> UpdateAsync(string project, string id, UpdateOperations operations, long? expectedVersion = null, bool createIfMissing = false, CancellationToken cancellationToken = default)
    {
        var scope = ProjectScope.Create(project);
        ProjectScope.CheckId(id);
        var prepared = UpdateApplier.Prepare(Schema, operations);
        return await WriteAsync(async (connection, transaction) =>
        {
            var row = await LoadForWriteAsync(connection, transaction, scope, id, cancellationToken).ConfigureAwait(false);
            if (expectedVersion is { } expected && (row?.Version ?? 0) != expected)
            {
                return (new UpdateResult(id, UpdateStatus.VersionConflict, row?.ToDocument()), false);
            }

            if (row is null && !createIfMissing)
            {
                return (new UpdateResult(id, UpdateStatus.NotFound, null), false);
            }

            var body = row?.Body.DeepClone().AsObject() ?? new JsonObject();
            var result = Apply(id, row, body, prepared);
            if (result is not null)
            {
                return (result, false);
            }

            var saved = await SaveAsync(connection, transaction, scope, id, row, body, cancellationToken).ConfigureAwait(false);
            return (new UpdateResult(id, row is null ? UpdateStatus.Created : UpdateStatus.Updated, saved), true);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<UpdateResult>> UpdateManyAsync(string project, Filter? where, UpdateOperations operations, int take, int skip = 0, CancellationToken cancellationToken = default)
    {
        var scope = ProjectScope.Create(project);
        if (take < 1 || take > QueryModel.MaxTake || skip < 0)
        {
            throw QueryErrors.InvalidPaging($"A batch update takes 1..{QueryModel.MaxTake} documents from a non-negative skip.");
        }

        var prepared = UpdateApplier.Prepare(Schema, operations);
        var ps = Dialect.Parameters();
        var conditions = new List<string> { Dialect.Scope(scope, ps) };
        if (where is not null)
        {
            conditions.Add(FilterWriter.Write(new FilterContext(Dialect, Schema, ps), where));
        }

        var select = new SqlStatement(
            Dialect.Select(Sql.Dialects.SqlDialect.DocumentColumns + ", props_bytes, doc", Dialect.And(conditions), Dialect.OrderKey(Dialect.Field(Schema.Get("id")), descending: false, nullable: false),
                ps.Add((long)take, SqlParamType.Int64), skip > 0 ? ps.Add((long)skip, SqlParamType.Int64) : null, forUpdate: true),
            ps.Items);

        return await WriteAsync<IReadOnlyList<UpdateResult>>(async (connection, transaction) =>
        {
            var rows = new List<Row>();
            await using (var command = Command(connection, transaction, select))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(ReadRow(reader));
                }
            }

            var bodies = rows.Select(r => r.Body.DeepClone().AsObject()).ToList();
            var outcomes = rows.Select((r, i) => Apply(r.Id, r, bodies[i], prepared)).ToList();
            if (outcomes.Any(o => o?.Status == UpdateStatus.Rejected))
            {
                var rolledBack = outcomes.Select((o, i) => o?.Status == UpdateStatus.Rejected
                    ? o
                    : new UpdateResult(rows[i].Id, UpdateStatus.RolledBack, rows[i].ToDocument(), "STORE_BATCH_ROLLED_BACK", "Another document of the batch was rejected, so nothing was written."));
                return (rolledBack.ToList(), false);
            }

            var results = new List<UpdateResult>();
            long delta = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                if (outcomes[i] is { } outcome)
                {
                    results.Add(outcome);
                    continue;
                }

                var (saved, change) = await WriteRowAsync(connection, transaction, scope, rows[i].Id, rows[i], bodies[i], cancellationToken).ConfigureAwait(false);
                results.Add(new UpdateResult(rows[i].Id, UpdateStatus.Updated, saved));
                delta += change;
            }

            // One capacity change, taken last: a transaction locks at most one capacity shard, so writers cannot deadlock on them.
            if (delta != 0)
            {
                await ExecuteAsync(connection, transaction, Dialect.AddCapacity(scope, delta, CapacityShard.Of(rows[0].Id)), cancellationToken).ConfigureAwait(false);
            }

            return (results, true);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(string project, string id, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var scope = ProjectScope.Create(project);
        ProjectScope.CheckId(id);
        return await WriteAsync(async (connection, transaction) =>
        {
            var row = await LoadForWriteAsync(connection, transaction, scope, id, cancellationToken).ConfigureAwait(false);
            if (row is null || (expectedVersion is { } expected && row.Version != expected))
            {
                return (false, false);
            }

            await ExecuteAsync(connection, transaction, Dialect.Delete(scope, id), cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, Dialect.DeleteIdentities(scope, id), cancellationToken).ConfigureAwait(false);
            if (row.Bytes != 0)
            {
                await ExecuteAsync(connection, transaction, Dialect.AddCapacity(scope, -row.Bytes, CapacityShard.Of(id)), cancellationToken).ConfigureAwait(false);
            }

            return (true, true);
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<long> BulkInsertAsync(string project, IEnumerable<KeyValuePair<string, JsonObject>> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return BulkInsertAsync(project, documents.Select(d => new BulkDocument(d.Key, d.Value)), cancellationToken);
    }

    public virtual async Task<long> BulkInsertAsync(string project, IEnumerable<BulkDocument> documents, CancellationToken cancellationToken = default)
    {
        var scope = ProjectScope.Create(project);
        ArgumentNullException.ThrowIfNull(documents);
        return await WriteAsync(async (connection, transaction) =>
        {
            long count = 0, bytes = 0;
            var now = ValueCoercer.Truncate(DateTimeOffset.UtcNow);
            DbCommand? insert = null;
            try
            {
                foreach (var document in documents)
                {
                    var normalized = BodyValidator.Normalize(Schema, document.Body);
                    var size = PropertyBytes(normalized);
                    var (created, updated) = document.Stamps(now);
                    var statement = Dialect.Insert(scope, ProjectScope.CheckId(document.Id), 1, created, updated, size, normalized.ToJsonString());
                    if (insert is null)
                    {
                        // One prepared statement for the whole load; only the values change per row.
                        insert = Command(connection, transaction, statement);
                        insert.Prepare();
                    }
                    else
                    {
                        for (var i = 0; i < statement.Parameters.Count; i++)
                        {
                            insert.Parameters[i].Value = statement.Parameters[i].Value ?? DBNull.Value;
                        }
                    }

                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    bytes += size;
                    count++;
                }
            }
            finally
            {
                if (insert is not null)
                {
                    await insert.DisposeAsync().ConfigureAwait(false);
                }
            }

            if (bytes != 0)
            {
                await ExecuteAsync(connection, transaction, Dialect.AddCapacity(scope, bytes), cancellationToken).ConfigureAwait(false);
            }

            return (count, true);
        }, cancellationToken, retryConflicts: false).ConfigureAwait(false);
    }

    /// <summary>Null when the operations applied (check <c>changed</c> via the body); otherwise the outcome to report.</summary>
    private static UpdateResult? Apply(string id, Row? row, JsonObject body, IReadOnlyList<UpdateOperation> prepared)
    {
        try
        {
            return UpdateApplier.Apply(body, prepared)
                ? null
                : new UpdateResult(id, row is null ? UpdateStatus.NotFound : UpdateStatus.Unchanged, row?.ToDocument());
        }
        catch (UpdateRejected rejected)
        {
            return new UpdateResult(id, UpdateStatus.Rejected, row?.ToDocument(), rejected.Code, rejected.Message);
        }
        catch (OverflowException)
        {
            return new UpdateResult(id, UpdateStatus.Rejected, row?.ToDocument(), QueryErrorCodes.NotANumber, "The increment overflows a 64-bit integer.");
        }
    }

    private async Task<Row?> LoadForWriteAsync(DbConnection connection, DbTransaction transaction, ProjectScope scope, string id, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, Dialect.SelectForWrite(scope, id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadRow(reader) : null;
    }

    private Row ReadRow(DbDataReader reader) => new(
        reader.GetString(0), reader.GetInt64(1), Dialect.ReadTimestamp(reader, 2), Dialect.ReadTimestamp(reader, 3),
        reader.GetInt64(4), JsonNode.Parse(reader.GetString(5))!.AsObject());

    private async Task<StoredDocument> SaveAsync(DbConnection connection, DbTransaction transaction, ProjectScope scope, string id, Row? old, JsonObject body, CancellationToken cancellationToken)
    {
        var (saved, delta) = await WriteRowAsync(connection, transaction, scope, id, old, body, cancellationToken).ConfigureAwait(false);
        if (delta != 0)
        {
            await ExecuteAsync(connection, transaction, Dialect.AddCapacity(scope, delta, CapacityShard.Of(id)), cancellationToken).ConfigureAwait(false);
        }

        return saved;
    }

    /// <summary>Inserts or updates the row; returns the document and the change of its property bytes, for the caller to add to the capacity.</summary>
    private async Task<(StoredDocument Document, long Delta)> WriteRowAsync(DbConnection connection, DbTransaction transaction, ProjectScope scope, string id, Row? old, JsonObject body, CancellationToken cancellationToken)
    {
        var now = ValueCoercer.Truncate(DateTimeOffset.UtcNow);
        var bytes = PropertyBytes(body);
        var json = body.ToJsonString();
        var version = (old?.Version ?? 0) + 1;
        var statement = old is null
            ? Dialect.Insert(scope, id, version, now, now, bytes, json)
            : Dialect.Update(scope, id, version, now, bytes, json);
        await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
        return (new StoredDocument(id, version, old?.Created ?? now, now, body), bytes - (old?.Bytes ?? 0));
    }

    internal long PropertyBytes(JsonObject body) => Data.PropertyBytes.Measure(body[Schema.CustomPropertiesPath]);

    private sealed record Row(string Id, long Version, DateTimeOffset Created, DateTimeOffset Updated, long Bytes, JsonObject Body)
    {
        public StoredDocument ToDocument() => new(Id, Version, Created, Updated, Body);
    }
}

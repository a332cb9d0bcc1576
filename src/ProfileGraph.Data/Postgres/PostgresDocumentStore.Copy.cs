using System.Data.Common;
using System.Text.Json;
using Npgsql;
using ProfileGraph.Data.Sql;
using ProfileGraph.Data.Sql.Dialects;
using ProfileGraph.Data.Updates;

namespace ProfileGraph.Data.Postgres;

internal sealed partial class PostgresDocumentStore
{
    private const int RowsPerBatch = 512;

    // The columns of a COPY row: project, id, version, created_at, updated_at, props_bytes, doc.
    private const short CopyColumns = 7;

    /// <summary>
    /// Loads new documents with COPY ... (FORMAT BINARY), then adds their bytes to the capacity, in one transaction.
    /// Batches of rows are validated and encoded on every core, in the caller's order; one COPY sends them. Into an
    /// empty table (a first load) the rows go frozen with no index in place, and every index (the primary key first)
    /// is built once after them, still inside the transaction, so a failed load leaves the table and its indexes as
    /// they were.
    /// </summary>
    public override async Task<long> BulkInsertAsync(string project, IEnumerable<BulkDocument> documents, CancellationToken cancellationToken = default)
    {
        var scope = ProjectScope.Create(project);
        ArgumentNullException.ThrowIfNull(documents);
        var projectText = BinaryCopyRows.Utf8Bytes(scope.Project);
        return await WriteAsync(async (connection, transaction) =>
        {
            var deferred = await DeferIndexesIfEmptyAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            long count = 0, bytes = 0;
            var now = ValueCoercer.Truncate(DateTimeOffset.UtcNow);
            var sql = deferred is null ? Dialect.CopyDocuments : PostgresLayout.CopyFrozen;
            await using (var copy = await ((NpgsqlConnection)connection).BeginRawBinaryCopyAsync(sql, cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await copy.WriteAsync(BinaryCopyRows.Header, cancellationToken).ConfigureAwait(false);
                    var batches = ParallelBatches.MapAsync(documents, batch => Encode(batch, projectText, now), RowsPerBatch, cancellationToken);
                    await foreach (var batch in batches.ConfigureAwait(false))
                    {
                        await copy.WriteAsync(batch.Rows.Written, cancellationToken).ConfigureAwait(false);
                        batch.Rows.Release();
                        count += batch.Count;
                        bytes += batch.Bytes;
                    }

                    await copy.WriteAsync(BinaryCopyRows.Trailer, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    // A document failed or the load was cancelled: end the COPY here, as disposing the stream would
                    // complete it with the rows sent so far (the transaction would still roll them back).
                    await CancelAsync(copy).ConfigureAwait(false);
                    throw;
                }
            }

            foreach (var ddl in deferred ?? [])
            {
                await RunAsync(connection, transaction, ddl, cancellationToken).ConfigureAwait(false);
            }

            if (bytes != 0)
            {
                await ExecuteAsync(connection, transaction, Dialect.AddCapacity(scope, bytes), cancellationToken).ConfigureAwait(false);
            }

            return (count, true);
        }, cancellationToken, retryConflicts: false).ConfigureAwait(false);
    }

    private static async Task CancelAsync(NpgsqlRawCopyStream copy)
    {
        try
        {
            await copy.CancelAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection is gone or the server failed the COPY first; the caller's error is the one to report.
        }
    }

    // One JSON writer per encoding thread, pointed at each batch in turn.
    [ThreadStatic]
    private static Utf8JsonWriter? t_json;

    /// <summary>
    /// Checks a batch of documents and encodes them as COPY rows in the column order of
    /// <see cref="PostgresLayout.CopyFrozen"/>, the JSON written straight into the row and its properties measured on
    /// the way.
    /// </summary>
    private EncodedBatch Encode(BulkDocument[] documents, byte[] project, DateTimeOffset now)
    {
        var rows = new BinaryCopyRows(64 * 1024);
        var json = t_json ??= new Utf8JsonWriter(rows, Data.PropertyBytes.WriterOptions);
        long total = 0;
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document);
            ArgumentNullException.ThrowIfNull(document.Body);
            var (created, updated) = document.Stamps(now);
            rows.StartRow(CopyColumns);
            rows.WriteText(project);
            rows.WriteText(ProjectScope.CheckId(document.Id));
            rows.WriteInt64(1);
            rows.WriteTimestamp(created.UtcDateTime);
            rows.WriteTimestamp(updated.UtcDateTime);
            var size = rows.WriteInt64(0);
            var doc = rows.StartJsonb();
            json.Reset(rows);
            var bytes = BodyValidator.WriteNormalized(Schema, document.Body, json);
            json.Flush();
            rows.EndField(doc);
            rows.PatchInt64(size, bytes);
            total += bytes;
        }

        return new(rows, documents.Length, total);
    }

    /// <summary>
    /// When the table is empty (checked again under an exclusive lock): empties it in this transaction so COPY may
    /// freeze, drops its indexes and returns the statements that build them again, then analyze it; otherwise null.
    /// </summary>
    private async Task<List<string>?> DeferIndexesIfEmptyAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (!await IsEmptyAsync().ConfigureAwait(false))
        {
            return null;
        }

        await RunAsync(connection, transaction, PostgresLayout.Lock, cancellationToken).ConfigureAwait(false);
        if (!await IsEmptyAsync().ConfigureAwait(false))
        {
            return null;
        }

        // Unique indexes (the primary key) go too: building them once at the end costs less than keeping them up
        // row by row, and a duplicate id still fails the load, then.
        var drop = new List<string>();
        var build = new List<string>(PostgresLayout.BuildSettings);
        await using (var reader = await Command(connection, transaction, new SqlStatement(PostgresLayout.ReadIndexes, [])).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (reader.IsDBNull(2))
                {
                    drop.Add(SqlDialect.DropIndex(reader.GetString(0)));
                    build.Add(reader.GetString(1));
                }
                else
                {
                    drop.Add(PostgresLayout.DropConstraint(reader.GetString(2)));
                    build.Add(PostgresLayout.AddConstraint(reader.GetString(2), reader.GetString(3)));
                }
            }
        }

        await RunAsync(connection, transaction, PostgresLayout.Truncate, cancellationToken).ConfigureAwait(false);
        foreach (var statement in drop)
        {
            await RunAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
        }

        build.Add(PostgresLayout.Analyze);
        return build;

        async Task<bool> IsEmptyAsync() =>
            (bool)(await ScalarAsync(connection, transaction, new SqlStatement(PostgresLayout.IsEmpty, []), cancellationToken).ConfigureAwait(false))!;
    }

    // DDL of a load runs as long as the load's size needs.
    private async Task RunAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, new SqlStatement(sql, []));
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed record EncodedBatch(BinaryCopyRows Rows, int Count, long Bytes);
}

using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using ProfileGraph.Data.Sql;
using ProfileGraph.Data.Sql.Dialects;
using ProfileGraph.Data.Updates;

namespace ProfileGraph.Data.Postgres;

internal sealed partial class PostgresDocumentStore
{
    private const int CopyBatch = 512;

    /// <summary>
    /// Loads new documents with COPY ... (FORMAT BINARY), then adds their bytes to the capacity, in one transaction.
    /// Rows are validated and serialized on every core; one COPY writes them. Into an empty table (a first load) the
    /// rows go frozen with only the unique indexes in place, and the other indexes are built once after them, still
    /// inside the transaction, so a failed load leaves the table and its indexes as they were.
    /// </summary>
    public override async Task<long> BulkInsertAsync(string project, IEnumerable<BulkDocument> documents, CancellationToken cancellationToken = default)
    {
        var scope = ProjectScope.Create(project);
        ArgumentNullException.ThrowIfNull(documents);
        return await WriteAsync(async (connection, transaction) =>
        {
            var deferred = await DeferIndexesIfEmptyAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            long count = 0, bytes = 0;
            var now = ValueCoercer.Truncate(DateTimeOffset.UtcNow);
            var copy = deferred is null ? Dialect.CopyDocuments : PostgresLayout.CopyFrozen;
            await using (var importer = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(copy, cancellationToken).ConfigureAwait(false))
            {
                var rows = ParallelBatches.MapAsync(documents, d => Prepare(d, now), CopyBatch, cancellationToken);
                await foreach (var batch in rows.ConfigureAwait(false))
                {
                    foreach (var row in batch)
                    {
                        await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                        await importer.WriteAsync(scope.Project, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                        await importer.WriteAsync(row.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                        await importer.WriteAsync(1L, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                        await importer.WriteAsync(row.Created, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                        await importer.WriteAsync(row.Updated, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                        await importer.WriteAsync(row.Bytes, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                        await importer.WriteAsync(row.Json, NpgsqlDbType.Jsonb, cancellationToken).ConfigureAwait(false);
                        bytes += row.Bytes;
                        count++;
                    }
                }

                await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
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
        }, cancellationToken).ConfigureAwait(false);
    }

    private CopyRow Prepare(BulkDocument document, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);
        var normalized = BodyValidator.Normalize(Schema, document.Body);
        var (created, updated) = document.Stamps(now);
        return new(ProjectScope.CheckId(document.Id), created.UtcDateTime, updated.UtcDateTime, PropertyBytes(normalized), normalized.ToJsonString());
    }

    /// <summary>
    /// When the table is empty (checked again under an exclusive lock): empties it in this transaction so COPY may
    /// freeze, drops the non-unique indexes and returns the statements that build them again; otherwise null.
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

        var indexes = new List<(string Name, string Definition)>();
        await using (var reader = await Command(connection, transaction, new SqlStatement(PostgresLayout.ReadSecondaryIndexes, [])).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        await RunAsync(connection, transaction, PostgresLayout.Truncate, cancellationToken).ConfigureAwait(false);
        foreach (var (name, _) in indexes)
        {
            await RunAsync(connection, transaction, SqlDialect.DropIndex(name), cancellationToken).ConfigureAwait(false);
        }

        return [PostgresLayout.BuildMemory, .. indexes.Select(i => i.Definition), PostgresLayout.Analyze];

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

    private readonly record struct CopyRow(string Id, DateTime Created, DateTime Updated, long Bytes, string Json);
}

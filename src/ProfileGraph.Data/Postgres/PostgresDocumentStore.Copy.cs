using System.Buffers;
using System.Data.Common;
using System.Text.Json;
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
    /// Rows are validated and written as UTF-8 JSON on every core; one COPY sends them. Into an empty table (a first
    /// load) the rows go frozen with no index in place, and every index (the primary key first) is built once after
    /// them, still inside the transaction, so a failed load leaves the table and its indexes as they were.
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
        }, cancellationToken, retryConflicts: false).ConfigureAwait(false);
    }

    // One JSON writer per mapping thread; each row keeps only its own bytes.
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? t_json;

    /// <summary>Checks a document and writes its normalized JSON as UTF-8, measuring its properties on the way.</summary>
    private CopyRow Prepare(BulkDocument document, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(document.Body);
        var (buffer, writer) = t_json ??= NewJsonWriter();
        buffer.ResetWrittenCount();
        writer.Reset();
        var bytes = BodyValidator.WriteNormalized(Schema, document.Body, writer);
        writer.Flush();
        var (created, updated) = document.Stamps(now);
        return new(ProjectScope.CheckId(document.Id), created.UtcDateTime, updated.UtcDateTime, bytes, buffer.WrittenSpan.ToArray());

        static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewJsonWriter()
        {
            var buffer = new ArrayBufferWriter<byte>(4096);
            return (buffer, new Utf8JsonWriter(buffer, Data.PropertyBytes.WriterOptions));
        }
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

    private readonly record struct CopyRow(string Id, DateTime Created, DateTime Updated, long Bytes, byte[] Json);
}

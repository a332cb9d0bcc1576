using System.Text.Json.Nodes;
using Npgsql;
using NpgsqlTypes;
using ProfileGraph.Data.Sql;
using ProfileGraph.Data.Updates;

namespace ProfileGraph.Data.Postgres;

internal sealed partial class PostgresDocumentStore
{
    /// <summary>Loads new documents with COPY ... (FORMAT BINARY), then adds their bytes to the capacity, in one transaction.</summary>
    public override async Task<long> BulkInsertAsync(string project, IEnumerable<KeyValuePair<string, JsonObject>> documents, CancellationToken cancellationToken = default)
    {
        var scope = ProjectScope.Create(project);
        ArgumentNullException.ThrowIfNull(documents);
        return await WriteAsync(async (connection, transaction) =>
        {
            long count = 0, bytes = 0;
            var now = ValueCoercer.Truncate(DateTimeOffset.UtcNow).UtcDateTime;
            var npgsql = (NpgsqlConnection)connection;
            await using (var importer = await npgsql.BeginBinaryImportAsync(Dialect.CopyDocuments, cancellationToken).ConfigureAwait(false))
            {
                foreach (var (id, body) in documents)
                {
                    var normalized = BodyValidator.Normalize(Schema, body);
                    var size = PropertyBytes(normalized);
                    await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(scope.Project, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(ProjectScope.CheckId(id), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(1L, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(size, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(normalized.ToJsonString(), NpgsqlDbType.Jsonb, cancellationToken).ConfigureAwait(false);
                    bytes += size;
                    count++;
                }

                await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            if (bytes != 0)
            {
                await ExecuteAsync(connection, transaction, Dialect.AddCapacity(scope, bytes), cancellationToken).ConfigureAwait(false);
            }

            return (count, true);
        }, cancellationToken).ConfigureAwait(false);
    }
}

using System.Data.Common;
using ProfileGraph.Data.Sql;

namespace ProfileGraph.Data.Storage;

/// <summary>
/// Applies the embedded scripts schema/store/&lt;dialect&gt;/NNN_name.sql in order, each once, each in its own
/// transaction; the applied versions are recorded in store_migrations. Safe to run at every start-up.
/// </summary>
internal static class MigrationRunner
{
    public static async Task RunAsync(SqlDocumentStore store, DbConnection connection, CancellationToken cancellationToken)
    {
        var dialect = store.Dialect;
        await store.ExecuteAsync(connection, null, new SqlStatement(dialect.CreateMigrationsTable, []), cancellationToken).ConfigureAwait(false);
        foreach (var (version, name, sql) in Scripts(dialect.Name))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (dialect.MigrationLock.Length > 0)
            {
                await store.ExecuteAsync(connection, transaction, new SqlStatement(dialect.MigrationLock, []), cancellationToken).ConfigureAwait(false);
            }

            var applied = new HashSet<long>();
            await using (var command = store.Command(connection, transaction, new SqlStatement(dialect.AppliedMigrations, [])))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    applied.Add(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            if (!applied.Contains(version))
            {
                await store.ExecuteAsync(connection, transaction, new SqlStatement(sql, []), cancellationToken).ConfigureAwait(false);
                await store.ExecuteAsync(connection, transaction, dialect.RecordMigration(version, name), cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    internal static IEnumerable<(int Version, string Name, string Sql)> Scripts(string dialect)
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var prefix = $"store/{dialect}/";
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[prefix.Length..];
            var version = int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (version, name, reader.ReadToEnd());
        }
    }
}

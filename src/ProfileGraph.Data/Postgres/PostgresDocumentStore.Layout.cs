using System.Data.Common;
using ProfileGraph.Data.Sql;
using ProfileGraph.Data.Sql.Dialects;

namespace ProfileGraph.Data.Postgres;

internal sealed partial class PostgresDocumentStore
{
    /// <summary>
    /// Brings <c>documents</c> to the schema's layout (<see cref="PostgresLayout"/>) in one transaction under the
    /// migration lock: drops expression indexes of earlier versions and generated columns no longer declared, adds the
    /// missing columns in one rewrite, creates their indexes and the compound indexes, sets the fill factor. A store
    /// already laid out only reads.
    /// </summary>
    protected override async Task ApplyLayoutAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await RunAsync(connection, transaction, Dialect.MigrationLock, cancellationToken).ConfigureAwait(false);
        var existing = new Dictionary<string, bool>(StringComparer.Ordinal);
        await using (var reader = await Command(connection, transaction, new SqlStatement(PostgresLayout.ReadColumns, [])).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                existing[reader.GetString(0)] = reader.GetBoolean(1);
            }
        }

        var stale = new List<string>();
        await using (var reader = await Command(connection, transaction, new SqlStatement(PostgresLayout.ReadExpressionIndexes, [])).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                stale.Add(reader.GetString(0));
            }
        }

        var indexed = Schema.Fields.Where(f => PostgresLayout.ColumnOf(f) is not null).ToList();
        var wanted = indexed.Select(f => PostgresLayout.ColumnOf(f)!).ToHashSet(StringComparer.Ordinal);
        var ddl = stale.Select(SqlDialect.DropIndex)
            .Concat(existing.Keys.Where(c => !wanted.Contains(c)).Select(PostgresLayout.DropColumn))
            .ToList();
        var missing = indexed.Where(f => !existing.ContainsKey(PostgresLayout.ColumnOf(f)!)).ToList();
        if (missing.Count > 0)
        {
            ddl.Add(PostgresLayout.AddColumns(PostgresDialect.Instance, missing));
        }

        ddl.AddRange(indexed.Where(f => !existing.GetValueOrDefault(PostgresLayout.ColumnOf(f)!)).Select(f => Dialect.CreateIndex(f)!));
        if (!(bool)(await ScalarAsync(connection, transaction, new SqlStatement(PostgresLayout.ReadFillFactor, []), cancellationToken).ConfigureAwait(false))!)
        {
            ddl.Add(PostgresLayout.SetFillFactor);
        }

        foreach (var statement in ddl)
        {
            await RunAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
        }

        await ApplyCompoundIndexesAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}

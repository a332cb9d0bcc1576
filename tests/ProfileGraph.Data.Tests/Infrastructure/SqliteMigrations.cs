using Microsoft.Data.Sqlite;
using ProfileGraph.Data.Sql.Dialects;
using ProfileGraph.Data.Storage;

namespace ProfileGraph.Data.Tests.Infrastructure;

/// <summary>A SQLite database as an earlier version left it, for tests of the migrations that came after.</summary>
public static class SqliteMigrations
{
    /// <summary>Applies and records the SQLite migrations numbered below <paramref name="version"/>, as the runner does.</summary>
    public static async Task ApplyBeforeAsync(SqliteConnection connection, int version)
    {
        await ExecuteAsync(connection, SqliteDialect.Instance.CreateMigrationsTable);
        foreach (var (number, name, sql) in MigrationRunner.Scripts("sqlite").Where(s => s.Version < version))
        {
            await ExecuteAsync(connection, sql);
            await ExecuteAsync(connection, $"INSERT INTO store_migrations (version, name, applied_at) VALUES ({number}, '{name}', '2024-01-01T00:00:00.000Z')");
        }
    }

    public static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

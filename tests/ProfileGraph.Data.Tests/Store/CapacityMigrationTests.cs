using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ProfileGraph.Data.Sql.Dialects;
using ProfileGraph.Data.Storage;
using ProfileGraph.Data.Tests.Infrastructure;

namespace ProfileGraph.Data.Tests.Store;

/// <summary>Migration 004 on a store written before it: the project capacity moves into the shards unchanged.</summary>
public sealed class CapacityMigrationTests
{
    [Fact]
    public async Task A_project_capacity_from_before_the_shards_is_kept()
    {
        var file = Path.Combine(Path.GetTempPath(), $"profilegraph-capacity-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={file}";
        try
        {
            await using (var connection = new SqliteConnection(connectionString))
            {
                await connection.OpenAsync();
                await ExecuteAsync(connection, SqliteDialect.Instance.CreateMigrationsTable);
                foreach (var (version, name, sql) in MigrationRunner.Scripts("sqlite").Where(s => s.Version < 4))
                {
                    await ExecuteAsync(connection, sql);
                    await ExecuteAsync(connection, $"INSERT INTO store_migrations (version, name, applied_at) VALUES ({version}, '{name}', '2024-01-01T00:00:00.000Z')");
                }

                await ExecuteAsync(connection, "INSERT INTO project_capacity (project, property_bytes) VALUES ('p', 1234)");
            }

            await using var store = await DocumentStoreFactory.OpenAsync(
                new StoreOptions { Kind = StoreKind.Sqlite, ConnectionString = connectionString, CursorKey = new byte[32] }, TestSchema.Create());
            Assert.Equal(1234, await store.GetPropertyBytesAsync("p"));
            await store.UpsertAsync("p", "a", JsonNode.Parse("""{"properties":{"x":1}}""")!.AsObject());
            Assert.Equal(1234 + """{"x":1}""".Length, await store.GetPropertyBytesAsync("p"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

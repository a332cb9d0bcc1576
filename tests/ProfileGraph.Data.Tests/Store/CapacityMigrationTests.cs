using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ProfileGraph.Data.Tests.Infrastructure;

namespace ProfileGraph.Data.Tests.Store;

/// <summary>Migration 004 on a store written before it: the project capacity moves into the shards unchanged.</summary>
public sealed class CapacityMigrationTests
{
    [Fact]
    public async Task A_project_capacity_from_before_the_shards_is_kept()
    {
        using var file = new SqliteFileFixture();
        await using (var connection = new SqliteConnection(file.ConnectionString))
        {
            await connection.OpenAsync();
            await SqliteMigrations.ApplyBeforeAsync(connection, 4);
            await SqliteMigrations.ExecuteAsync(connection, "INSERT INTO project_capacity (project, property_bytes) VALUES ('p', 1234)");
        }

        await using var store = await DocumentStoreFactory.OpenAsync(
            new StoreOptions { Kind = StoreKind.Sqlite, ConnectionString = file.ConnectionString, CursorKey = new byte[32] }, TestSchema.Create());
        Assert.Equal(1234, await store.GetPropertyBytesAsync("p"));
        await store.UpsertAsync("p", "a", JsonNode.Parse("""{"properties":{"x":1}}""")!.AsObject());
        Assert.Equal(1234 + """{"x":1}""".Length, await store.GetPropertyBytesAsync("p"));
    }
}

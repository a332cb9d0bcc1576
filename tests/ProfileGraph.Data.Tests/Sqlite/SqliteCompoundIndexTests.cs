using Microsoft.Data.Sqlite;
using ProfileGraph.Data.Tests.Infrastructure;

namespace ProfileGraph.Data.Tests.Sqlite;

/// <summary>Compound indexes on SQLite: created from the schema, used by a segment count, dropped when undeclared.</summary>
public sealed class SqliteCompoundIndexTests(SqliteFileFixture file) : IClassFixture<SqliteFileFixture>
{
    [Fact]
    public async Task A_declared_compound_index_serves_a_segment_count_and_goes_when_undeclared()
    {
        var schema = TestSchema.Create().AddCompoundIndex(["age", "createdAt"], include: ["email"]);
        var name = schema.CompoundIndexes[0].Name;
        await using (var store = await OpenAsync(schema))
        {
            await store.UpsertAsync("p", "a", new System.Text.Json.Nodes.JsonObject { ["age"] = 30, ["email"] = "ann@x" });
            Assert.Equal(1, await store.CountAsync("p", Filter.And(Filter.Eq("age", 30), Filter.Gte("createdAt", DateTimeOffset.UtcNow.AddDays(-1)), Filter.Contains("email", "an"))));
        }

        Assert.Contains(name, await IndexesAsync());
        var plan = await ScalarAsync(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM documents WHERE project = 'p' AND json_extract(doc, '$.age') = 30 AND created_at >= '2000' "
            + "AND instr(json_extract(doc, '$.email'), 'an') > 0", column: 3);
        Assert.Equal($"SEARCH documents USING COVERING INDEX {name} (project=? AND <expr>=? AND created_at>?)", plan);

        await (await OpenAsync(TestSchema.Create())).DisposeAsync();
        Assert.DoesNotContain(name, await IndexesAsync());
    }

    [Fact]
    public void A_compound_index_takes_only_indexed_scalars_and_store_fields()
    {
        Assert.Throws<ArgumentException>(() => TestSchema.Create().AddCompoundIndex(["age"]));
        Assert.Throws<ArgumentException>(() => TestSchema.Create().AddCompoundIndex(["lastName", "createdAt"]));
        Assert.Throws<ArgumentException>(() => TestSchema.Create().AddCompoundIndex(["tags", "createdAt"]));
        Assert.Throws<ArgumentException>(() => TestSchema.Create().AddCompoundIndex(["age", "nope"]));
        Assert.Throws<ArgumentException>(() => TestSchema.Create().AddCompoundIndex(["age", "createdAt"]).AddCompoundIndex(["age", "createdAt"]));
        Assert.Single(TestSchema.Create().AddCompoundIndex(["age", "createdAt"], include: ["email"]).CompoundIndexes);
    }

    private Task<IDocumentStore> OpenAsync(DocumentSchema schema) =>
        DocumentStoreFactory.OpenAsync(new StoreOptions { Kind = StoreKind.Sqlite, ConnectionString = file.ConnectionString }, schema);

    private async Task<List<string>> IndexesAsync()
    {
        await using var connection = new SqliteConnection(file.ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private async Task<string> ScalarAsync(string sql, int column)
    {
        await using var connection = new SqliteConnection(file.ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return reader.GetString(column);
    }
}

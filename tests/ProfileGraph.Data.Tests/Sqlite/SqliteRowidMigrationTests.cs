using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ProfileGraph.Data.Sql;
using ProfileGraph.Data.Sql.Dialects;
using ProfileGraph.Data.Tests.Infrastructure;

namespace ProfileGraph.Data.Tests.Sqlite;

/// <summary>
/// Migration 006 on SQLite: <c>documents</c> written as a WITHOUT ROWID table becomes a rowid table with every
/// document, key and index kept, and a count through a field index then reads the index alone.
/// </summary>
public sealed class SqliteRowidMigrationTests
{
    [Fact]
    public async Task Documents_written_before_the_migration_keep_their_keys_values_and_indexes()
    {
        using var file = new SqliteFileFixture();
        var connectionString = file.ConnectionString;
        await using (var connection = await OpenAsync(connectionString))
        {
            await SqliteMigrations.ApplyBeforeAsync(connection, 6);
            Assert.True(await WithoutRowidAsync(connection));
            await SqliteMigrations.ExecuteAsync(connection,
                "INSERT INTO documents (project, id, version, created_at, updated_at, props_bytes, doc) VALUES "
                + "('p', 'a', 3, '2024-01-01T00:00:00.000Z', '2024-01-02T00:00:00.000Z', 7, '{\"age\":40,\"properties\":{\"x\":1}}'), "
                + "('p', 'b', 1, '2024-01-03T00:00:00.000Z', '2024-01-03T00:00:00.000Z', 0, '{\"age\":20}'), "
                + "('q', 'a', 1, '2024-01-04T00:00:00.000Z', '2024-01-04T00:00:00.000Z', 0, '{\"age\":50}')");
        }

        await using (var store = await OpenStoreAsync(connectionString))
        {
            var read = await store.GetByIdsAsync("p", ["a", "b", "c"]);
            Assert.Equal(3, read[0]!.Version);
            Assert.Equal(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), read[0]!.UpdatedAt);
            Assert.Equal("""{"age":40,"properties":{"x":1}}""", read[0]!.Body.ToJsonString());
            Assert.Equal(1, read[1]!.Version);
            Assert.Null(read[2]);
            Assert.Equal(1, await store.CountAsync("p", Filter.Gte("age", 30)));
            Assert.Equal(1, await store.CountAsync("q"));

            // The key is still the key: a second insert of an existing id is an update, not a second row.
            var written = await store.UpsertAsync("p", "a", JsonNode.Parse("""{"age":41}""")!.AsObject());
            Assert.Equal(UpdateStatus.Updated, written.Status);
            Assert.Equal(2, await store.CountAsync("p"));
        }

        await using (var connection = await OpenAsync(connectionString))
        {
            Assert.False(await WithoutRowidAsync(connection));
            var indexes = await StringsAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents' ORDER BY name");
            Assert.Contains("documents_created", indexes);
            Assert.Contains("documents_updated", indexes);
            Assert.Contains(indexes, name => name.StartsWith("documents_f_age_", StringComparison.Ordinal));
            Assert.Contains(indexes, name => name.StartsWith("sqlite_autoindex_documents_", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_count_through_a_field_index_reads_no_table_row()
    {
        using var file = new SqliteFileFixture();
        var connectionString = file.ConnectionString;
        var schema = TestSchema.Create();
        await using (await OpenStoreAsync(connectionString, schema))
        {
            // Opening the store creates the tables and the field indexes.
        }

        var statement = PageQueryWriter.Count(SqliteDialect.Instance, schema, ProjectScope.Create("p"), Filter.Gte("age", 30));
        await using var connection = await OpenAsync(connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN " + statement.Text;
        foreach (var parameter in statement.Parameters)
        {
            command.Parameters.AddWithValue(parameter.Name, parameter.Value ?? DBNull.Value);
        }

        // In the bytecode, a table row is read or probed by a seek on the table's cursor (NotFound, SeekRowid,
        // NotExists, DeferredSeek with a column read after it). The count must open the index and nothing else.
        var opcodes = new List<(string Op, long P1, long P2)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                opcodes.Add((reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
            }
        }

        var tableRoot = long.Parse((await StringsAsync(connection, "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'documents'"))[0], System.Globalization.CultureInfo.InvariantCulture);
        var opened = opcodes.Where(o => o.Op == "OpenRead").ToList();
        Assert.NotEmpty(opened);
        var tableCursors = opened.Where(o => o.P2 == tableRoot).Select(o => o.P1).ToHashSet();
        Assert.DoesNotContain(opcodes, o => o.Op is "NotFound" or "Found" or "SeekRowid" or "NotExists" or "Column" && tableCursors.Contains(o.P1));
    }

    private static Task<IDocumentStore> OpenStoreAsync(string connectionString, DocumentSchema? schema = null) =>
        DocumentStoreFactory.OpenAsync(new StoreOptions { Kind = StoreKind.Sqlite, ConnectionString = connectionString, CursorKey = new byte[32] }, schema ?? TestSchema.Create());

    private static async Task<SqliteConnection> OpenAsync(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<bool> WithoutRowidAsync(SqliteConnection connection) =>
        (await StringsAsync(connection, "SELECT wr FROM pragma_table_list WHERE name = 'documents'"))[0] == "1";

    private static async Task<List<string>> StringsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}

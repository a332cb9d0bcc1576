using Microsoft.Data.Sqlite;
using ProfileGraph.Data.Sql;
using ProfileGraph.Data.Sql.Dialects;
using ProfileGraph.Data.Tests.Infrastructure;

namespace ProfileGraph.Data.Tests.Sqlite;

/// <summary>
/// SQLite's plan for a keyset page on an indexed JSON field: every arm must be an index range that starts at the
/// cursor (the first key fixed and the id bounded), never a scan and never a range that starts at the first key's
/// value, which costs in proportion to how many rows share it.
/// </summary>
public sealed class SqliteSeekPlanTests(SqliteFileFixture file) : IClassFixture<SqliteFileFixture>
{
    private static readonly CursorCodec Cursors = new(new byte[32]);
    private static readonly ProjectScope Scope = ProjectScope.Create("project-1");

    [Theory]
    [InlineData(SortDirection.Ascending, "<expr>=? AND id>?", "<expr>>?")]
    [InlineData(SortDirection.Descending, "<expr>=? AND id<?", "<expr><?")]
    public async Task A_keyset_page_on_an_indexed_field_seeks_the_index_at_the_cursor(SortDirection direction, string run, string beyond)
    {
        var plan = await PlanAsync([new SortField("age", direction)], [40L, "id-9"]);
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN documents", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.StartsWith("SEARCH documents USING INDEX documents_f_age_", StringComparison.Ordinal) && line.EndsWith($"(project=? AND {run})", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.StartsWith("SEARCH documents USING INDEX documents_f_age_", StringComparison.Ordinal) && line.EndsWith($"(project=? AND {beyond})", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_keyset_page_after_a_null_seeks_the_nulls_at_the_cursor()
    {
        var plan = await PlanAsync([SortField.Asc("age")], [null, "id-9"]);
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN documents", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("USING INDEX documents_f_age_", StringComparison.Ordinal) && line.EndsWith("(project=? AND <expr>=? AND id>?)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_keyset_page_on_a_column_seeks_its_index_by_row_value()
    {
        var plan = await PlanAsync([SortField.Asc("createdAt")], [new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), "id-9"]);
        Assert.Equal(["SEARCH documents USING INDEX documents_created (project=? AND (created_at,id)>(?,?))"], plan);
    }

    private async Task<List<string>> PlanAsync(SortField[] order, object?[] cursorValues)
    {
        var schema = TestSchema.Create();
        await using (await DocumentStoreFactory.OpenAsync(new StoreOptions { Kind = StoreKind.Sqlite, ConnectionString = file.ConnectionString }, schema))
        {
            // Opening the store creates the tables and the field indexes.
        }

        var keys = SortKey.Resolve(new FilterContext(SqliteDialect.Instance, schema, new SqlParameters()), order);
        var model = new QueryModel { Order = order, After = Cursors.Encode(Scope, keys, cursorValues), Take = 20 };
        var statement = PageQueryWriter.Write(SqliteDialect.Instance, schema, Cursors, Scope, model).Statement;

        await using var connection = new SqliteConnection(file.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + statement.Text;
        foreach (var parameter in statement.Parameters)
        {
            command.Parameters.AddWithValue(parameter.Name, parameter.Value ?? DBNull.Value);
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return lines;
    }
}

using System.Text;
using ProfileGraph.Data.Sql;
using ProfileGraph.Data.Sql.Dialects;
using ProfileGraph.Data.Tests.Infrastructure;

namespace ProfileGraph.Data.Tests.Sql;

/// <summary>The SQL each dialect writes, pinned as golden files: any change to generated SQL shows up in review.</summary>
public sealed class SqlSnapshotTests
{
    private static readonly CursorCodec Cursors = new(new byte[32]);
    private static readonly ProjectScope Scope = ProjectScope.Create("project-1");

    public static TheoryData<string> Dialects => new() { "sqlite", "postgres" };

    private static SqlDialect Dialect(string name) => name == "sqlite" ? SqliteDialect.Instance : PostgresDialect.Instance;

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Every_filter_operator_writes_the_expected_sql(string dialect)
    {
        var filters = new (string Name, Filter Filter)[]
        {
            ("eq", Filter.Eq("email", "a")), ("eq null", Filter.Eq("email", null)), ("neq", Filter.Neq("age", 3)),
            ("neq null", Filter.Neq("age", null)), ("gt", Filter.Gt("age", 1)), ("gte", Filter.Gte("score", 1.5)),
            ("lt", Filter.Lt("birth", "2000-01-01T00:00:00Z")), ("lte", Filter.Lte("createdAt", "2000-01-01T00:00:00Z")),
            ("in", Filter.In("age", 1, 2, null)), ("nin", Filter.Nin("email", "a", "b")),
            ("contains", Filter.Contains("email", "x")), ("ncontains", Filter.NContains("email", "x")),
            ("startsWith", Filter.StartsWith("email", "x")), ("nStartsWith", Filter.NStartsWith("email", "x")),
            ("endsWith", Filter.EndsWith("email", "x")), ("nEndsWith", Filter.NEndsWith("email", "x")),
            ("exists", Filter.Exists("properties.vipLevel")), ("exists object", Filter.Exists("properties", false)),
            ("some", Filter.Some("tags", Filter.Eq("", "a"))), ("some contains", Filter.Some("tags", Filter.Contains("", "a"))),
            ("all", Filter.All("scores", Filter.Gt("", 1))), ("none", Filter.None("tags", Filter.Eq("", "a"))),
            ("any", Filter.Any("tags")), ("any false", Filter.Any("tags", false)),
            ("and/or/not", Filter.And(Filter.Eq("active", true), Filter.Or(Filter.Eq("age", 1), Filter.Not(Filter.Eq("lastName", "x"))))),
        };
        var text = new StringBuilder();
        foreach (var (name, filter) in filters)
        {
            var ps = Dialect(dialect).Parameters();
            var sql = FilterWriter.Write(new FilterContext(Dialect(dialect), TestSchema.Create(), ps), filter);
            text.Append("-- ").AppendLine(name).AppendLine(sql).Append("-- ").AppendLine(Describe(ps.Items));
        }

        Snapshot.Match($"filters.{dialect}.sql", text.ToString());
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void List_of_object_filters_write_the_expected_sql(string dialect)
    {
        var filters = new (string Name, Filter Filter)[]
        {
            ("some", Filter.Some("devices", Filter.Eq("platform", "ios"))),
            ("all", Filter.All("devices", Filter.Gte("lastActive", "2024-01-01T00:00:00Z"))),
            ("none", Filter.None("devices", Filter.Eq("beta", true))),
            ("any", Filter.Any("devices")), ("any false", Filter.Any("devices", false)),
            ("some and/or", Filter.Some("devices", Filter.And(Filter.Eq("platform", "ios"), Filter.Or(Filter.Gt("build", 3), Filter.Eq("platform", null))))),
            ("some in", Filter.Some("devices", Filter.In("platform", "ios", "android"))),
        };
        var text = new StringBuilder();
        foreach (var (name, filter) in filters)
        {
            var ps = Dialect(dialect).Parameters();
            var sql = FilterWriter.Write(new FilterContext(Dialect(dialect), TestSchema.Create(), ps), filter);
            text.Append("-- ").AppendLine(name).AppendLine(sql).Append("-- ").AppendLine(Describe(ps.Items));
        }

        Snapshot.Match($"object-list-filters.{dialect}.sql", text.ToString());
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void A_keyset_page_with_projection_writes_the_expected_sql(string dialect)
    {
        var schema = TestSchema.Create();
        var order = new[] { SortField.Desc("properties.vipLevel"), SortField.Asc("createdAt") };
        var keys = SortKey.Resolve(new FilterContext(Dialect(dialect), schema, new SqlParameters()), order);
        var cursor = Cursors.Encode(Scope, keys, [3L, new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), "id-9"]);
        var model = new QueryModel { Where = Filter.Gte("age", 18), Order = order, After = cursor, Take = 20, Select = ["firstName", "properties.nickname"], IncludeTotalCount = true };
        var plan = PageQueryWriter.Write(Dialect(dialect), schema, Cursors, Scope, model);
        Snapshot.Match($"keyset-page.{dialect}.sql",
            $"{plan.Statement.Text}\n-- {Describe(plan.Statement.Parameters)}\n{plan.Count!.Text}\n-- {Describe(plan.Count.Parameters)}\n");
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void An_ascending_keyset_page_seeks_from_the_cursor(string dialect)
    {
        var schema = TestSchema.Create();
        var order = new[] { SortField.Asc("age") };
        var keys = SortKey.Resolve(new FilterContext(Dialect(dialect), schema, new SqlParameters()), order);
        var model = new QueryModel { Order = order, After = Cursors.Encode(Scope, keys, [40L, "id-9"]) };
        var plan = PageQueryWriter.Write(Dialect(dialect), schema, Cursors, Scope, model);
        Snapshot.Match($"keyset-row-seek.{dialect}.sql", $"{plan.Statement.Text}\n-- {Describe(plan.Statement.Parameters)}\n");
        // PostgreSQL seeks an expression index by one row comparison; SQLite only by a plain column, so it reads arms.
        Assert.Contains(dialect == "postgres" ? ", id) > ($2, $3)" : "= @p2) AND (id > @p3)", plan.Statement.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Write_statements_are_scoped_to_the_project(string dialect)
    {
        var d = Dialect(dialect);
        var at = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var statements = new[]
        {
            d.SelectForWrite(Scope, "x"), d.Insert(Scope, "x", 1, at, at, 2, "{}"), d.Update(Scope, "x", 2, at, 2, "{}"),
            d.Delete(Scope, "x"), d.DeleteIdentities(Scope, "x"), d.AddCapacity(Scope, 5), d.BindIdentity(Scope, new IdentityKey("userId", "u"), "x"),
            d.UnbindIdentity(Scope, new IdentityKey("userId", "u"), "x"),
            d.Increment(Scope, "x", 3, [new IncrementTerm(["properties", "visits"], 1, -5, 5, Counted: true)], new IncrementLimits(4096), ["propertiesSize"], 2, at, Projection.Create(TestSchema.Create(), ["properties.visits"])),
        };
        Snapshot.Match($"writes.{dialect}.sql", string.Join("\n", statements.Select(s => s.Text + "\n-- " + Describe(s.Parameters))) + "\n");
        Assert.All(statements, s => Assert.Contains(s.Parameters, p => Equals(p.Value, "project-1")));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void An_increment_text_is_reused_by_shape_and_never_across_shapes(string dialect)
    {
        var d = Dialect(dialect);
        var at = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var projection = Projection.Create(TestSchema.Create(), ["properties.visits"]);
        SqlStatement Increment(string id, long amount, long? version, string path = "visits") =>
            d.Increment(Scope, id, 3, [new IncrementTerm(["properties", path], amount, -5, 5, Counted: true)], new IncrementLimits(4096), ["propertiesSize"], version, at, projection);

        var first = Increment("a", 1, null);
        var second = Increment("b", 7, null);
        var versioned = Increment("a", 1, 4);
        var other = Increment("a", 1, null, "score");

        Assert.Same(first.Text, second.Text);
        Assert.Contains(second.Parameters, p => Equals(p.Value, "b"));
        Assert.Contains(second.Parameters, p => Equals(p.Value, 7L));
        Assert.DoesNotContain(first.Parameters, p => Equals(p.Value, "b"));
        Assert.NotEqual(first.Text, versioned.Text);
        Assert.Contains(versioned.Parameters, p => Equals(p.Value, 4L));
        Assert.Contains("score", other.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("score", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_of_increments_is_one_statement_over_arrays_that_sums_the_capacity_per_shard()
    {
        var d = PostgresDialect.Instance;
        var at = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var projection = Projection.Create(TestSchema.Create(), ["properties.visits"]);
        var batch = d.IncrementBatch(Scope, ["a", "b", "c"], [3, 7, 3], [new IncrementTerm(["properties", "visits"], 1, -5, 5, Counted: true)], new IncrementLimits(4096), ["propertiesSize"], at, projection);
        Snapshot.Match("increment-batch.postgres.sql", $"{batch.Text}\n-- {Describe(batch.Parameters)}\n");
        Assert.Contains("GROUP BY batch_shard", batch.Text, StringComparison.Ordinal);
        Assert.Equal(["a", "b", "c"], Assert.IsType<string[]>(Assert.Single(batch.Parameters, p => p.Type == SqlParamType.TextArray).Value));

        // The text is shared by batches of the same shape, never with the single increment.
        var other = d.IncrementBatch(Scope, ["d"], [1], [new IncrementTerm(["properties", "visits"], 2, -5, 5, Counted: true)], new IncrementLimits(4096), ["propertiesSize"], at, projection);
        Assert.Same(batch.Text, other.Text);
        Assert.NotEqual(batch.Text, d.Increment(Scope, "a", 3, [new IncrementTerm(["properties", "visits"], 1, -5, 5, Counted: true)], new IncrementLimits(4096), ["propertiesSize"], null, at, projection).Text);
        Assert.False(SqliteDialect.Instance.BatchesIncrements);
    }

    [Fact]
    public void Values_never_appear_in_sql_text()
    {
        var ps = PostgresDialect.Instance.Parameters();
        var sql = FilterWriter.Write(new FilterContext(PostgresDialect.Instance, TestSchema.Create(), ps), Filter.Eq("email", "'; DROP TABLE documents; --"));
        Assert.DoesNotContain("DROP", sql, StringComparison.Ordinal);
        Assert.Single(ps.Items);
    }

    private static string Describe(IReadOnlyList<SqlParam> parameters) =>
        string.Join(", ", parameters.Select(p => $"{p.Name}={Format(p.Value)}:{p.Type}"));

    private static string Format(object? value) => value switch
    {
        null => "null",
        Array a => "[" + string.Join(" ", a.Cast<object>().Select(Format)) + "]",
        DateTime dt => dt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

namespace ProfileGraph.Data.Tests;

public sealed class StoreOptionsTests
{
    [Fact]
    public void Without_configuration_the_store_is_sqlite_under_data()
    {
        var options = StoreOptions.FromConfiguration(_ => null);
        Assert.Equal((StoreKind.Sqlite, "Data Source=./data/profilegraph.db"), (options.Kind, options.ConnectionString));
    }

    [Fact]
    public void Postgres_is_chosen_by_configuration_with_its_connection_string()
    {
        var values = new Dictionary<string, string?> { ["ProfileGraph:Store"] = "postgres", ["ConnectionStrings:Profiles"] = "Host=db" };
        var options = StoreOptions.FromConfiguration(k => values.GetValueOrDefault(k));
        Assert.Equal((StoreKind.Postgres, "Host=db"), (options.Kind, options.ConnectionString));
    }

    [Theory]
    [InlineData("mongo", null)]
    [InlineData("postgres", null)]
    public void Unknown_store_or_missing_postgres_connection_is_an_argument_error(string store, string? connection)
    {
        var values = new Dictionary<string, string?> { ["ProfileGraph:Store"] = store, ["ConnectionStrings:Profiles"] = connection };
        Assert.Throws<ArgumentException>(() => StoreOptions.FromConfiguration(k => values.GetValueOrDefault(k)));
    }

    [Fact]
    public void Cursor_key_is_read_as_base64_from_configuration()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var values = new Dictionary<string, string?> { ["ProfileGraph:CursorKey"] = Convert.ToBase64String(key) };
        Assert.Equal(key, StoreOptions.FromConfiguration(k => values.GetValueOrDefault(k)).CursorKey);
        Assert.Null(StoreOptions.FromConfiguration(_ => null).CursorKey);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAEC")]
    public void Cursor_key_that_is_not_base64_or_too_short_is_an_argument_error(string value)
    {
        var values = new Dictionary<string, string?> { ["ProfileGraph:CursorKey"] = value };
        Assert.Throws<ArgumentException>(() => StoreOptions.FromConfiguration(k => values.GetValueOrDefault(k)));
    }
}

namespace ProfileGraph.Data.Tests.Store;

public abstract partial class DocumentStoreTests
{
    private Task SeedDevicesAsync() => SeedAsync(
        ("a", """{"devices":[{"platform":"ios","build":5,"lastActive":"2024-03-01T00:00:00Z","beta":true},{"platform":"android","build":2}]}"""),
        ("b", """{"devices":[{"platform":"ios","build":1,"lastActive":"2023-01-01T00:00:00+02:00","extra":{"x":1}}]}"""),
        ("c", """{"devices":[]}"""),
        ("d", """{"devices":[{"platform":null,"build":7}]}"""),
        ("e", "{}"),
        ("f", """{"devices":[{}]}"""));

    public static TheoryData<string, Filter, string> ObjectListFilters => new()
    {
        { "some eq", Filter.Some("devices", Filter.Eq("platform", "ios")), "a,b" },
        { "some neq matches items without the field", Filter.Some("devices", Filter.Neq("platform", "ios")), "a,d,f" },
        { "some eq null matches null and missing fields", Filter.Some("devices", Filter.Eq("platform", null)), "d,f" },
        { "some eq on an int", Filter.Some("devices", Filter.Eq("build", 7L)), "d" },
        { "some eq on a datetime given with an offset", Filter.Some("devices", Filter.Eq("lastActive", "2023-01-01T00:00:00+02:00")), "b" },
        { "some eq with no matching item", Filter.Some("devices", Filter.Eq("build", 70)), "" },
        { "some in", Filter.Some("devices", Filter.In("platform", "ios", "android")), "a,b" },
        { "some on a bool", Filter.Some("devices", Filter.Eq("beta", true)), "a" },
        { "some datetime compares normalized instants", Filter.Some("devices", Filter.Lt("lastActive", "2023-01-01T00:00:00Z")), "b" },
        { "all needs items and every item to match", Filter.All("devices", Filter.Gte("build", 1)), "a,b,d" },
        { "all eq", Filter.All("devices", Filter.Eq("platform", "ios")), "b" },
        { "all with an unknown test does not match", Filter.All("devices", Filter.Gt("lastActive", "2000-01-01T00:00:00Z")), "b" },
        { "none matches empty and missing lists", Filter.None("devices", Filter.Eq("platform", "ios")), "c,d,e,f" },
        { "any", Filter.Any("devices"), "a,b,d,f" },
        { "any false", Filter.Any("devices", false), "c,e" },
        { "and is evaluated per item", Filter.Some("devices", Filter.And(Filter.Eq("platform", "android"), Filter.Gt("build", 4))), "" },
        { "and inside one item", Filter.Some("devices", Filter.And(Filter.Eq("platform", "ios"), Filter.Gt("build", 4))), "a" },
        { "or inside one item", Filter.Some("devices", Filter.Or(Filter.Eq("platform", "android"), Filter.Gt("build", 6))), "a,d" },
        { "not inside one item", Filter.Some("devices", Filter.Not(Filter.Eq("platform", "ios"))), "a,d,f" },
        { "empty item filter", Filter.Some("devices", Filter.And()), "a,b,d,f" },
        { "negated some", Filter.Not(Filter.Some("devices", Filter.Eq("platform", "ios"))), "c,d,e,f" },
    };

    [Theory]
    [MemberData(nameof(ObjectListFilters))]
    public async Task Object_list_filter_selects_exactly_the_expected_documents(string name, Filter filter, string expected)
    {
        await SeedDevicesAsync();
        Assert.True(expected == await IdsAsync(filter), $"{name}: {await IdsAsync(filter)}");
        Assert.Equal(expected.Length == 0 ? 0 : expected.Split(',').Length, await Store.CountAsync(Project, filter));
    }

    [Fact]
    public async Task Object_list_items_keep_undeclared_fields_and_normalize_declared_ones()
    {
        await SeedDevicesAsync();
        AssertJson("""{"devices":[{"platform":"ios","build":1,"lastActive":"2022-12-31T22:00:00.000Z","extra":{"x":1}}]}""", await BodyAsync("b"));
        AssertJson("""{"devices":[{"build":7}]}""", await BodyAsync("d"));
    }

    [Theory]
    [InlineData("""{"devices":[null]}""")]
    [InlineData("""{"devices":["ios"]}""")]
    [InlineData("""{"devices":{"platform":"ios"}}""")]
    [InlineData("""{"devices":[{"build":"seven"}]}""")]
    public async Task Object_list_rejects_items_that_are_not_objects_of_the_declared_types(string body)
    {
        var error = await Assert.ThrowsAsync<QueryException>(() => Store.UpsertAsync(Project, "x", Json(body)));
        Assert.Equal(QueryErrorCodes.TypeMismatch, error.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("os")]
    public async Task Object_list_item_paths_must_be_declared(string path)
    {
        var error = await Assert.ThrowsAsync<QueryException>(() => Store.QueryAsync(Project, new QueryModel { Where = Filter.Some("devices", Filter.Eq(path, "x")) }));
        Assert.Equal(QueryErrorCodes.UnknownPath, error.Code);
    }
}

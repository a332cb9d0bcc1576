using System.Text.Json.Nodes;

namespace ProfileGraph.Data.Tests.Store;

public abstract partial class DocumentStoreTests
{
    [Fact]
    public async Task A_selected_object_with_selected_paths_below_it_holds_only_those_paths()
    {
        await SeedAsync(
            ("a", """{"firstName":"Ada","properties":{"vipLevel":3,"nickname":"c","free":{"x":1}}}"""),
            ("b", """{"firstName":"Bo","properties":{"nickname":"d"}}"""),
            ("c", """{"firstName":"Cy"}"""));
        string[] select = ["properties.vipLevel", "properties", "properties.free.x", "properties.free"];

        var byId = await Store.GetByIdsAsync(Project, ["a", "b", "c"], select);
        AssertJson("""{"properties":{"vipLevel":3,"free":{"x":1}}}""", byId[0]!.Body);
        AssertJson("""{"properties":{}}""", byId[1]!.Body);
        AssertJson("{}", byId[2]!.Body);

        var page = await Store.QueryAsync(Project, new QueryModel { Select = select });
        Assert.Equal(["a", "b", "c"], page.Items.Select(d => d.Id));
        AssertJson("""{"properties":{"vipLevel":3,"free":{"x":1}}}""", page.Items[0].Body);
        AssertJson("""{"properties":{}}""", page.Items[1].Body);
    }

    [Fact]
    public async Task A_page_with_its_count_reads_both()
    {
        await SeedAsync(("a", """{"firstName":"Ada"}"""), ("b", """{"firstName":"Bo"}"""), ("c", """{"lastName":"Cy"}"""));
        var page = await Store.QueryAsync(Project, new QueryModel { Where = Filter.Exists("firstName"), Take = 1, IncludeTotalCount = true, Select = ["firstName"] });
        Assert.Equal(2, page.TotalCount);
        Assert.Single(page.Items);
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task Selected_strings_come_back_exactly_whether_indexed_or_not()
    {
        const string tricky = """Zo\u00eb \"Q\" \\ \u00e9t\u00e9 \ud83d\ude00 \u4e2d"""; // JSON-escaped
        await SeedAsync(("a", $$$"""{"firstName":"{{{tricky}}}","lastName":"{{{tricky}}}","properties":{"nickname":"{{{tricky}}}"}}"""), ("b", "{}"));
        string[] select = ["firstName", "lastName", "properties.nickname"];

        var byId = await Store.GetByIdsAsync(Project, ["a", "b"], select);
        var expected = System.Text.Json.JsonSerializer.Deserialize<string>($"\"{tricky}\"");
        Assert.Equal(expected, byId[0]!.Body["firstName"]!.GetValue<string>());
        Assert.Equal(expected, byId[0]!.Body["lastName"]!.GetValue<string>());
        Assert.Equal(expected, byId[0]!.Body["properties"]!["nickname"]!.GetValue<string>());
        AssertJson("{}", byId[1]!.Body);
    }

    [Fact]
    public async Task Selected_declared_scalars_are_the_values_a_whole_read_returns()
    {
        // Numbers in the forms JSON allows (an exponent, trailing zeros, a negative fraction), booleans both ways,
        // and missing values; on PostgreSQL the indexed ones are read from their own columns.
        await SeedAsync(
            ("a", """{"age":36,"rating":2.50,"verified":true,"score":1e2,"active":false,"properties":{"vipLevel":-7,"visits":0}}"""),
            ("b", """{"age":0,"rating":-0.125,"verified":false,"score":12345678901234567890.5,"properties":{"vipLevel":9007199254740993}}"""),
            ("c", """{"rating":1E-3,"properties":{}}"""),
            ("d", "{}"));
        string[] ids = ["a", "b", "c", "d"];
        string[] select = ["age", "rating", "verified", "score", "active", "properties.vipLevel", "properties.visits"];

        var whole = await Store.GetByIdsAsync(Project, ids);
        var projected = await Store.GetByIdsAsync(Project, ids, select);
        var built = await Store.GetByIdsAsync(Project, ids, select);
        for (var i = 0; i < ids.Length; i++)
        {
            foreach (var path in select)
            {
                var expected = Find(whole[i]!.Body, path)?.ToJsonString();
                Assert.Equal(expected, projected[i]!.GetNode(path)?.ToJsonString());
                Assert.Equal(expected, Find(built[i]!.Body, path)?.ToJsonString());
            }
        }
    }

    [Fact]
    public async Task A_page_sorted_by_selected_declared_scalars_returns_them()
    {
        await SeedAsync(
            ("a", """{"age":36,"rating":2.50,"verified":true,"properties":{"vipLevel":3}}"""),
            ("b", """{"age":20,"rating":-1,"verified":false,"properties":{"vipLevel":5}}"""),
            ("c", """{"age":20}"""));
        var page = await Store.QueryAsync(Project, new QueryModel
        {
            Select = ["age", "rating", "verified", "properties.vipLevel"],
            Order = [SortField.Desc("properties.vipLevel"), SortField.Asc("age"), SortField.Desc("rating"), SortField.Asc("verified")],
        });

        Assert.Equal(["b", "a", "c"], page.Items.Select(d => d.Id));
        AssertJson("""{"age":20,"rating":-1,"verified":false,"properties":{"vipLevel":5}}""", page.Items[0].Body);
        AssertJson("""{"age":36,"rating":2.50,"verified":true,"properties":{"vipLevel":3}}""", page.Items[1].Body);
        AssertJson("""{"age":20}""", page.Items[2].Body);
    }

    [Theory]
    [InlineData("firstName")]
    [InlineData("lastName")]
    [InlineData("age")]
    [InlineData("tags")]
    [InlineData("properties")]
    [InlineData("properties.vipLevel")]
    [InlineData("properties.nickname")]
    [InlineData("properties.free")]
    [InlineData("properties.free.x")]
    [InlineData("properties.missing")]
    [InlineData("missing")]
    public async Task A_selected_path_read_before_the_body_is_built_is_what_the_body_holds(string path)
    {
        await SeedAsync(
            ("a", """{"firstName":"Ada","age":36,"tags":["x","y"],"properties":{"vipLevel":3,"nickname":"c","free":{"x":[1,"2"]}}}"""),
            ("b", """{"lastName":"Bo","properties":{"vipLevel":2,"free":7}}"""),
            ("c", """{"firstName":null,"properties":{}}"""),
            ("d", "{}"));
        string[] ids = ["a", "b", "c", "d"];
        string[] select = ["firstName", "lastName", "age", "tags", "properties", "properties.vipLevel", "properties.nickname", "properties.free", "properties.free.x"];
        var bodies = (await Store.GetByIdsAsync(Project, ids, select)).Select(d => d!.Body).ToList();

        // Each accessor on documents whose body nothing has asked for yet.
        var nodes = await Store.GetByIdsAsync(Project, ids, select);
        var objects = await Store.GetByIdsAsync(Project, ids, select);
        var texts = await Store.GetByIdsAsync(Project, ids, select);
        for (var i = 0; i < ids.Length; i++)
        {
            var expected = Find(bodies[i], path);
            Assert.Equal(expected?.ToJsonString(), nodes[i]!.GetNode(path)?.ToJsonString());
            Assert.Equal(expected is JsonObject, objects[i]!.HasObject(path));
            if (texts[i]!.TryGetText(path, out var text))
            {
                Assert.Equal(expected?.GetValue<string>(), text);
            }
        }

        // Once built, the body is the one every later call gets.
        Assert.Same(nodes[0]!.Body, nodes[0]!.Body);
    }

    private static JsonNode? Find(JsonObject body, string path)
    {
        JsonNode? node = body;
        foreach (var segment in path.Split('.'))
        {
            node = (node as JsonObject)?[segment];
        }

        return node;
    }
}

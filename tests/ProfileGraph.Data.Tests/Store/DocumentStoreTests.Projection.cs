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
}

namespace ProfileGraph.Data.Tests.Store;

public abstract partial class DocumentStoreTests
{
    private async Task SeedNumberedAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            // Every third has no age, and ages repeat, so ties and nulls cross page boundaries.
            var age = i % 3 == 0 ? "null" : (i % 4).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Store.UpsertAsync(Project, $"id{i:D2}", Json($$"""{"age":{{age}},"firstName":"n{{i}}"}"""));
        }
    }

    [Theory]
    [InlineData(SortDirection.Ascending)]
    [InlineData(SortDirection.Descending)]
    public async Task Keyset_pages_forward_visit_every_document_once_in_sort_order(SortDirection direction)
    {
        await SeedNumberedAsync(17);
        var order = new[] { new SortField("age", direction) };
        var expected = await IdsAsync(null, order);
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await Store.QueryAsync(Project, new QueryModel { Order = order, Take = 4, After = after });
            seen.AddRange(page.Items.Select(d => d.Id));
            Assert.Equal(after is not null, page.HasPreviousPage);
            pages++;
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.EndCursor;
        }

        Assert.Equal(expected, string.Join(",", seen));
        Assert.Equal(5, pages);
    }

    [Fact]
    public async Task Keyset_pages_backward_with_before_return_the_items_just_before_the_cursor()
    {
        await SeedNumberedAsync(10);
        var order = new[] { SortField.Desc("age") };
        var all = (await IdsAsync(null, order)).Split(',');
        var full = await Store.QueryAsync(Project, new QueryModel { Order = order, Take = 10 });
        var before = full.Cursors[7];
        var page = await Store.QueryAsync(Project, new QueryModel { Order = order, Take = 3, Before = before });
        Assert.Equal(all[4..7], page.Items.Select(d => d.Id));
        Assert.True(page.HasPreviousPage);
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task Offset_paging_skips_and_takes_and_reports_neighbours()
    {
        await SeedNumberedAsync(5);
        var page = await Store.QueryAsync(Project, new QueryModel { Order = [SortField.Asc("id")], Skip = 1, Take = 2 });
        Assert.Equal(["id01", "id02"], page.Items.Select(d => d.Id));
        Assert.True(page.HasPreviousPage);
        Assert.True(page.HasNextPage);
        var last = await Store.QueryAsync(Project, new QueryModel { Order = [SortField.Asc("id")], Skip = 3, Take = 2 });
        Assert.False(last.HasNextPage);
    }

    [Fact]
    public async Task Total_count_is_computed_only_when_asked_for()
    {
        await SeedNumberedAsync(6);
        var without = await Store.QueryAsync(Project, new QueryModel { Take = 2 });
        var with = await Store.QueryAsync(Project, new QueryModel { Take = 2, IncludeTotalCount = true, Where = Filter.Exists("age") });
        Assert.Null(without.TotalCount);
        Assert.Equal(4, with.TotalCount);
    }

    [Fact]
    public async Task Projection_returns_only_the_selected_paths()
    {
        await SeedAsync(("a", """{"firstName":"Ada","email":"ada@x.io","properties":{"vipLevel":3,"nickname":"c","free":{"x":1}}}"""));
        var page = await Store.QueryAsync(Project, new QueryModel { Select = ["firstName", "properties.vipLevel", "properties.free", "age", "id"] });
        var body = page.Items.Single().Body;
        AssertJson("""{"firstName":"Ada","properties":{"vipLevel":3,"free":{"x":1}}}""", body);
        Assert.Equal("a", page.Items[0].Id);
        var byId = await Store.GetByIdsAsync(Project, ["a", "missing"], ["email"]);
        AssertJson("""{"email":"ada@x.io"}""", byId[0]!.Body);
        Assert.Null(byId[1]);
    }

    [Fact]
    public async Task GetByIds_returns_documents_aligned_with_the_requested_ids()
    {
        await SeedNumberedAsync(4);
        var docs = await Store.GetByIdsAsync(Project, ["id03", "nope", "id00", "id03"]);
        Assert.Equal(["id03", null, "id00", "id03"], docs.Select(d => d?.Id));
    }
}

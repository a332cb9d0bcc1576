namespace ProfileGraph.Data.Tests.Store;

public abstract partial class DocumentStoreTests
{
    public static TheoryData<string, string> MixedSorts => new()
    {
        { "properties.vipLevel", "firstName" },
        { "age", "-firstName" },
        { "-age", "-firstName" },
        { "-properties.vipLevel", "firstName" },
    };

    [Theory]
    [MemberData(nameof(MixedSorts))]
    public async Task Keyset_pages_on_an_indexed_first_key_with_nulls_and_mixed_directions_visit_every_document_once(string first, string second)
    {
        for (var i = 0; i < 23; i++)
        {
            // Long runs of equal first keys (and of nulls) with ties on the second key, so pages start inside runs.
            var vip = i % 5 == 0 ? "null" : (i % 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var age = i % 4 == 0 ? "null" : "30";
            await Store.UpsertAsync(Project, $"id{i:D2}", Json($$$"""{"age":{{{age}}},"firstName":"n{{{i % 3}}}","properties":{"vipLevel":{{{vip}}}}}"""));
        }

        var order = new[] { Sort(first), Sort(second) };
        var expected = (await IdsAsync(null, order)).Split(',');
        var forward = new List<string>();
        string? after = null;
        do
        {
            var page = await Store.QueryAsync(Project, new QueryModel { Order = order, Take = 4, After = after });
            forward.AddRange(page.Items.Select(d => d.Id));
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        var backward = new List<string>();
        string? before = (await Store.QueryAsync(Project, new QueryModel { Order = order, Take = 1000 })).Cursors[^1];
        backward.Add(expected[^1]);
        do
        {
            var page = await Store.QueryAsync(Project, new QueryModel { Order = order, Take = 4, Before = before });
            backward.InsertRange(0, page.Items.Select(d => d.Id));
            before = page.HasPreviousPage ? page.StartCursor : null;
        }
        while (before is not null);

        Assert.Equal(23, expected.Length);
        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }

    private static SortField Sort(string spec) =>
        spec.StartsWith('-') ? SortField.Desc(spec[1..]) : SortField.Asc(spec);
}

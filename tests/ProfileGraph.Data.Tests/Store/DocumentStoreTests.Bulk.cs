using System.Text.Json.Nodes;

namespace ProfileGraph.Data.Tests.Store;

public abstract partial class DocumentStoreTests
{
    private static IEnumerable<KeyValuePair<string, JsonObject>> Numbered(int count, Func<int, string>? json = null) =>
        Enumerable.Range(0, count).Select(i => new KeyValuePair<string, JsonObject>($"b{i:D3}", Json(json?.Invoke(i) ?? $$$"""{"age":{{{i}}},"properties":{"x":1}}""")));

    [Fact]
    public async Task Bulk_insert_of_many_documents_loads_every_row_and_its_bytes()
    {
        Assert.Equal(150, await Store.BulkInsertAsync(Project, Numbered(150)));
        Assert.Equal(150, await Store.CountAsync(Project));
        Assert.Equal(149L, (await Store.GetByIdsAsync(Project, ["b149"]))[0]!.Body["age"]!.GetValue<long>());
        Assert.Equal(150 * """{"x":1}""".Length, await Store.GetPropertyBytesAsync(Project));
    }

    [Fact]
    public async Task Bulk_insert_with_a_rejected_document_writes_nothing()
    {
        await Assert.ThrowsAsync<QueryException>(() => Store.BulkInsertAsync(Project, Numbered(150, i => i == 130 ? """{"age":"old"}""" : "{}")));
        Assert.Equal(0, await Store.CountAsync(Project));
        Assert.Equal(0, await Store.GetPropertyBytesAsync(Project));
    }

    [Fact]
    public async Task Bulk_insert_of_an_existing_id_fails_and_writes_nothing()
    {
        await SeedAsync(("b100", "{}"));
        await Assert.ThrowsAsync<StoreException>(() => Store.BulkInsertAsync(Project, Numbered(150)));
        Assert.Equal(1, await Store.CountAsync(Project));
    }
}

namespace ProfileGraph.Data.Tests.Store;

public abstract partial class DocumentStoreTests
{
    private Task<IDocumentStore> OpenWithKeyAsync(byte[]? key) =>
        DocumentStoreFactory.OpenAsync(new StoreOptions { Kind = Kind, ConnectionString = ConnectionString, CursorKey = key }, Infrastructure.TestSchema.Create());

    private async Task<string> FirstCursorAsync(IDocumentStore store)
    {
        await SeedAsync(("a", "{}"), ("b", "{}"));
        return (await store.QueryAsync(Project, new QueryModel { Take = 1 })).EndCursor!;
    }

    [Fact]
    public async Task Without_a_configured_key_a_cursor_is_accepted_by_another_instance_on_the_same_database()
    {
        await using var first = await OpenWithKeyAsync(null);
        var cursor = await FirstCursorAsync(first);

        await using var second = await OpenWithKeyAsync(null);
        var page = await second.QueryAsync(Project, new QueryModel { After = cursor });

        Assert.Equal("b", Assert.Single(page.Items).Id);
    }

    [Fact]
    public async Task A_configured_key_overrides_the_stored_key()
    {
        var configured = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();
        await using var stored = await OpenWithKeyAsync(null);
        var storedCursor = await FirstCursorAsync(stored);

        await using var keyed = await OpenWithKeyAsync(configured);
        var error = await Assert.ThrowsAsync<QueryException>(() => keyed.QueryAsync(Project, new QueryModel { After = storedCursor }));
        Assert.Equal(QueryErrorCodes.InvalidCursor, error.Code);

        var keyedCursor = (await keyed.QueryAsync(Project, new QueryModel { Take = 1 })).EndCursor!;
        await using var keyedAgain = await OpenWithKeyAsync(configured);
        Assert.Equal("b", Assert.Single((await keyedAgain.QueryAsync(Project, new QueryModel { After = keyedCursor })).Items).Id);
        await Assert.ThrowsAsync<QueryException>(() => stored.QueryAsync(Project, new QueryModel { After = keyedCursor }));
    }

    [Fact]
    public async Task A_tampered_cursor_is_rejected_by_another_instance_using_the_stored_key()
    {
        await using var first = await OpenWithKeyAsync(null);
        var cursor = await FirstCursorAsync(first);
        // The signature is at the end; change one character inside it.
        var tampered = cursor[..^5] + (cursor[^5] == 'A' ? 'B' : 'A') + cursor[^4..];

        await using var second = await OpenWithKeyAsync(null);
        var error = await Assert.ThrowsAsync<QueryException>(() => second.QueryAsync(Project, new QueryModel { After = tampered }));

        Assert.Equal(QueryErrorCodes.InvalidCursor, error.Code);
    }
}

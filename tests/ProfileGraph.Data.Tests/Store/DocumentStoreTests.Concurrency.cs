namespace ProfileGraph.Data.Tests.Store;

public abstract partial class DocumentStoreTests
{
    [Fact]
    public async Task Concurrent_increments_lose_no_update()
    {
        await SeedAsync(("c", "{}"));
        const int writers = 32, increments = 500;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < increments; i++)
            {
                await Store.UpdateAsync(Project, "c", new UpdateOperations().Increment("properties.visits", 1L));
            }
        })));
        var document = (await Store.GetByIdsAsync(Project, ["c"]))[0]!;
        Assert.Equal(writers * increments, document.Body["properties"]!["visits"]!.GetValue<long>());
        Assert.Equal(1 + (writers * increments), document.Version);
    }

    [Fact]
    public async Task Concurrent_set_once_has_exactly_one_winner()
    {
        await SeedAsync(("s", "{}"));
        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(() =>
            Store.UpdateAsync(Project, "s", new UpdateOperations().SetOnce("properties.nickname", $"w{i}")))));
        var winner = Assert.Single(results, r => r.Status == UpdateStatus.Updated);
        Assert.All(results.Where(r => r != winner), r => Assert.Equal(UpdateStatus.Unchanged, r.Status));
        Assert.Equal(winner.Document!.Body["properties"]!["nickname"]!.GetValue<string>(), (await BodyAsync("s"))["properties"]!["nickname"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concurrent_creation_of_one_id_creates_it_once()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            Store.UpdateAsync(Project, "new", new UpdateOperations().Increment("age", 1L), createIfMissing: true))));
        Assert.Single(results, r => r.Status == UpdateStatus.Created);
        Assert.Equal(16, (await BodyAsync("new"))["age"]!.GetValue<long>());
    }

    [Fact]
    public async Task Concurrent_binds_of_one_identity_have_exactly_one_owner()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            Store.BindIdentityAsync(Project, new IdentityKey("deviceId", "dev-1"), $"profile{i}"))));
        var bound = Assert.Single(results, r => r.Outcome == BindOutcome.Bound);
        Assert.All(results.Where(r => r != bound), r => Assert.Equal((BindOutcome.Conflict, bound.ProfileId), (r.Outcome, r.ProfileId)));
    }
}

using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Profiles.Resolvers;
using ProfileGraph.Profiles.Schema;

namespace ProfileGraph.Profiles.Tests.Resolvers;

public sealed class ProjectionPushDownTests : ProfileApiTestBase
{
    private async Task<(RecordingStore Store, IRequestExecutor Executor)> RecordingAsync()
    {
        await SeedAsync("a", "firstName: \"A\" city: \"Oslo\"", "{ vipLevel: 1 }");
        var (store, recorder) = RecordingStore.Wrap(Api.Store);
        return (recorder, RequestExecutor.Create(ProfileSchema.Create(store, Api.Options, ProfileSdl.Load(SchemaFiles.Directory))));
    }

    private static Task<ExecutionResult> Run(IRequestExecutor executor, string query) =>
        executor.ExecuteAsync(new GraphQLRequest(query), new RequestOptions { ContextData = new Dictionary<string, object?> { [ProfileRequestContext.ProjectKey] = "p1" } }, CancellationToken.None).AsTask();

    [Fact]
    public async Task A_listing_reads_only_the_selected_paths_and_counts_only_when_asked()
    {
        var (store, executor) = await RecordingAsync();
        await Run(executor, "{ profiles { nodes { profileId firstName properties { vipLevel } } } }");
        var query = Assert.Single(store.Queries);
        Assert.Equal(["firstName", "properties"], query.Select);
        Assert.False(query.IncludeTotalCount);

        await Run(executor, "{ profiles { totalCount edges { node { city } } } }");
        Assert.Equal(["city"], store.Queries[1].Select);
        Assert.True(store.Queries[1].IncludeTotalCount);
    }

    [Fact]
    public async Task A_batch_read_reads_only_the_selected_paths()
    {
        var (store, executor) = await RecordingAsync();
        var result = await Run(executor, """{ profilesByIds(profileIds: ["a"]) { profileId identities { userId } } }""");
        Assert.Contains("\"identities\"", result.ToJson(), StringComparison.Ordinal);
        Assert.Equal(["identities"], Assert.Single(store.Selects));
    }
}

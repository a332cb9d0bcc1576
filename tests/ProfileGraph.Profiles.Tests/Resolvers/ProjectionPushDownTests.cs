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
        Assert.Equal(["firstName", "properties", "properties.vipLevel"], query.Select);
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

    [Fact]
    public async Task Devices_read_only_the_device_list()
    {
        var (store, executor) = await RecordingAsync();
        var result = await Run(executor, """{ profiles { nodes { profileId devices { registrationId } } } }""");
        Assert.Null(result.Errors.FirstOrDefault());
        Assert.Equal(["ext.devices"], Assert.Single(store.Queries).Select);
    }

    [Fact]
    public async Task Selected_declared_properties_are_read_one_by_one()
    {
        var (store, executor) = await RecordingAsync();
        await Run(executor, """{ profilesByIds(profileIds: ["a"]) { properties { vipLevel level: vipLevel points } } }""");
        Assert.Equal(["properties", "properties.points", "properties.vipLevel"], Assert.Single(store.Selects));
    }

    [Fact]
    public async Task Properties_are_read_whole_when_another_field_needs_them()
    {
        var (store, executor) = await RecordingAsync();
        await Run(executor, """{ profilesByIds(profileIds: ["a"]) { properties { vipLevel } propertiesSize } }""");
        Assert.Equal(["properties"], Assert.Single(store.Selects));
    }

    [Fact]
    public async Task Properties_read_one_by_one_answer_as_the_whole_object_does()
    {
        var (_, executor) = await RecordingAsync();
        // Written around the API, which always stores a properties object: a document without one.
        await Api.Store.UpsertAsync("p1", "none", new System.Text.Json.Nodes.JsonObject { ["firstName"] = "N" });
        await SeedAsync("other", "firstName: \"O\"", "{ points: 2 }");
        const string Ids = "[\"a\", \"none\", \"other\"]";
        var projected = await Run(executor, $$"""{ profilesByIds(profileIds: {{Ids}}) { properties { vipLevel points } } }""");
        var whole = await Run(executor, $$"""{ profilesByIds(profileIds: {{Ids}}) { properties { vipLevel points } property(key: "points") } }""");
        var expected = System.Text.Json.Nodes.JsonNode.Parse(whole.ToJson())!["data"]!["profilesByIds"]!.AsArray();
        foreach (var item in expected)
        {
            item!.AsObject().Remove("property");
        }

        Assert.Equal(expected.ToJsonString(), System.Text.Json.Nodes.JsonNode.Parse(projected.ToJson())!["data"]!["profilesByIds"]!.ToJsonString());
        Assert.Equal("""[{"properties":{"vipLevel":1,"points":null}},{"properties":null},{"properties":{"vipLevel":null,"points":2}}]""", expected.ToJsonString());
    }
}

using System.Text.Json;
using ProfileGraph.Profiles.Security;

namespace ProfileGraph.Profiles.Tests.Resolvers;

/// <summary>Gives each test a fresh <see cref="ProfileApi"/> and short helpers.</summary>
public abstract class ProfileApiTestBase : IAsyncLifetime
{
    protected ProfileApi Api { get; } = new();

    public Task InitializeAsync() => Api.InitializeAsync();

    public Task DisposeAsync() => Api.DisposeAsync();

    protected Task<JsonElement> RunAsync(string query, object? variables = null, string project = "p1", ApiKeyRole role = ApiKeyRole.Write) =>
        Api.RunAsync(query, variables, project, role);

    protected async Task SeedAsync(string profileId, string fields = "", string properties = "{}", string project = "p1")
    {
        var result = await RunAsync($$"""mutation { setProfile(input: { profileId: "{{profileId}}" {{fields}} properties: {{properties}} }) { errors { ... on Error { message } } } }""", project: project);
        Assert.True(
            result.TryGetProperty("data", out var data) && data.GetProperty("setProfile").GetProperty("errors").ValueKind == JsonValueKind.Null,
            result.ToString());
    }

    protected static JsonElement Data(JsonElement response, params string[] path)
    {
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var node = response.GetProperty("data");
        foreach (var segment in path)
        {
            node = node.GetProperty(segment);
        }

        return node;
    }

    protected static string Codes(JsonElement response) =>
        string.Join(",", response.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()));
}

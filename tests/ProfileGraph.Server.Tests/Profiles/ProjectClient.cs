using System.Text.Json;
using ProfileGraph.Profiles.Security;
using ProfileGraph.Server.Tests.Http;

namespace ProfileGraph.Server.Tests.Profiles;

/// <summary>Sends GraphQL requests as one project's admin key and reads the answers.</summary>
internal sealed class ProjectClient(ProfileServer server, string project, IssuedApiKey key)
{
    public string Project { get; } = project;

    public IssuedApiKey Key { get; } = key;

    public ProfileServer Server { get; } = server;

    /// <summary>Runs <paramref name="query"/>; fails unless the answer is HTTP 200 JSON.</summary>
    public async Task<JsonElement> RunAsync(string query, object? variables = null)
    {
        using var response = await Server.PostAsync(query, variables, ProfileServer.Bearer(Key));
        var body = await response.JsonAsync();
        Assert.True((int)response.StatusCode == 200, $"HTTP {(int)response.StatusCode}: {body.GetRawText()}");
        return body;
    }

    /// <summary>Runs <paramref name="query"/> and returns <c>data</c>, failing on any error.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var body = await RunAsync(query, variables);
        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText());
        return body.GetProperty("data");
    }
}

using System.Text.Json;
using ProfileGraph.Data;

namespace ProfileGraph.Server.Tests.Profiles;

/// <summary>
/// The base of the end-to-end tests: written once, run by a sealed SQLite and a sealed PostgreSQL subclass
/// against the real server over HTTP.
/// </summary>
public abstract class ProfileApiTestBase(ProfileServerCache cache, StoreKind kind, string? postgresConnectionString)
{
    internal Task<ProfileServer> ServerAsync() => cache.GetAsync(kind, postgresConnectionString);

    internal async Task<ProjectClient> NewProjectAsync() => await (await ServerAsync()).NewProjectAsync();

    internal static JsonElement At(JsonElement element, params object[] path)
    {
        foreach (var step in path)
        {
            element = step is int index ? element[index] : element.GetProperty((string)step);
        }

        return element;
    }

    internal static string? Code(JsonElement error) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null;
}

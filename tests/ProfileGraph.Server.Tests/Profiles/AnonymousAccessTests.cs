using System.Net;
using Microsoft.Data.Sqlite;
using ProfileGraph.Server.Tests.Http;

namespace ProfileGraph.Server.Tests.Profiles;

/// <summary>Anonymous access is a development switch: off by default, and when on it serves the default project.</summary>
public sealed class AnonymousAccessTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pg-anon-" + Guid.NewGuid().ToString("N")[..12]);
    private ProfileServer _server = null!;

    public async Task InitializeAsync() => _server = await ProfileServer.StartAsync(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Profiles"] = $"Data Source={Path.Combine(_directory, "profiles.db")}",
        ["ProfileGraph:AllowAnonymous"] = "true",
    });

    [Fact]
    public async Task With_AllowAnonymous_a_request_without_credentials_works_on_the_default_project()
    {
        using var anonymous = await _server.PostAsync("""mutation { setProfile(input: { profileId: "anon-visible" }) { profile { profileId } } }""", null, null);
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);

        using var asBootstrap = await _server.PostAsync("""{ profile(profileId: "anon-visible") { profileId } }""", null, ProfileServer.Basic(ProfileServer.BootstrapKeyId, ProfileServer.BootstrapSecret));
        Assert.Equal("""{"profile":{"profileId":"anon-visible"}}""", (await asBootstrap.JsonAsync()).GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task With_AllowAnonymous_a_wrong_credential_is_still_401()
    {
        using var response = await _server.PostAsync("{ propertiesCapacity }", null, ProfileServer.Basic(ProfileServer.BootstrapKeyId, "wrong"));
        await response.AssertErrorAsync(401, "AUTH_NOT_AUTHENTICATED");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}

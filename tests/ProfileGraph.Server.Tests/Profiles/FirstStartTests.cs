using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.Server.Security;
using ProfileGraph.Server.Tests.Http;

namespace ProfileGraph.Server.Tests.Profiles;

/// <summary>The first start of the embedded store prints a working credential once; later starts print none.</summary>
public sealed partial class FirstStartTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pg-first-" + Guid.NewGuid().ToString("N")[..12]);

    private Dictionary<string, string?> Settings => new()
    {
        ["ConnectionStrings:Profiles"] = $"Data Source={Path.Combine(_directory, "profiles.db")}",
    };

    [Fact]
    public async Task The_first_start_prints_an_admin_credential_that_works_and_a_restart_prints_nothing()
    {
        var printed = new StringWriter();
        string header;
        await using (var server = await ProfileServer.StartAsync(Settings, withBootstrapKey: false, s => s.AddSingleton(new CredentialNotice(printed))))
        {
            var match = AuthorizationLine().Match(printed.ToString());
            Assert.True(match.Success, printed.ToString());
            header = match.Groups[1].Value;
            using var response = await server.PostAsync("""mutation { setProfile(input: { profileId: "first" }) { profile { profileId } } }""", null,
                h => h.TryAddWithoutValidation("Authorization", header));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("""{"setProfile":{"profile":{"profileId":"first"}}}""", (await response.JsonAsync()).GetProperty("data").GetRawText());
        }

        var again = new StringWriter();
        await using (var restarted = await ProfileServer.StartAsync(Settings, withBootstrapKey: false, s => s.AddSingleton(new CredentialNotice(again))))
        {
            Assert.Equal(string.Empty, again.ToString());
            using var response = await restarted.PostAsync("""{ profile(profileId: "first") { profileId } }""", null,
                h => h.TryAddWithoutValidation("Authorization", header));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [GeneratedRegex(@"Authorization: (Bearer \S+)")]
    private static partial Regex AuthorizationLine();
}

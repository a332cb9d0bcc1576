using System.Net;
using ProfileGraph.Data;
using ProfileGraph.Profiles.Security;
using ProfileGraph.Server.Tests.Http;

namespace ProfileGraph.Server.Tests.Profiles;

/// <summary>Credentials, roles, project isolation and the per-project rate limit, over HTTP.</summary>
public abstract class AuthenticationTests(ProfileServerCache cache, StoreKind kind, string? postgres)
    : ProfileApiTestBase(cache, kind, postgres)
{
    private const string SetProfile = """mutation { setProfile(input: { profileId: "p1", firstName: "Ada" }) { profile { profileId firstName } } }""";

    [Theory]
    [InlineData("bearer")]
    [InlineData("basic")]
    [InlineData("headers")]
    public async Task Each_credential_form_is_accepted(string form)
    {
        var project = await NewProjectAsync();
        var key = project.Key;
        var authorize = form switch
        {
            "bearer" => ProfileServer.Bearer(key),
            "basic" => ProfileServer.Basic(key.KeyId, key.Secret),
            _ => ProfileServer.ClientHeaders(key.KeyId, key.Secret),
        };

        using var response = await project.Server.PostAsync(SetProfile, null, authorize);
        var body = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"setProfile":{"profile":{"profileId":"p1","firstName":"Ada"}}}""", body.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task The_bootstrap_key_from_configuration_opens_the_default_project()
    {
        var server = await ServerAsync();
        using var response = await server.PostAsync("{ propertiesCapacity }", null, ProfileServer.Basic(ProfileServer.BootstrapKeyId, ProfileServer.BootstrapSecret));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_request_without_credentials_is_401_not_authenticated()
    {
        var server = await ServerAsync();
        using var response = await server.PostAsync("{ propertiesCapacity }", null, null);
        await response.AssertErrorAsync(401, "AUTH_NOT_AUTHENTICATED");
    }

    [Fact]
    public async Task A_wrong_secret_an_unknown_key_and_a_malformed_header_are_401()
    {
        var project = await NewProjectAsync();
        using var wrongSecret = await project.Server.PostAsync("{ propertiesCapacity }", null, ProfileServer.Basic(project.Key.KeyId, "not-the-secret"));
        await wrongSecret.AssertErrorAsync(401, "AUTH_NOT_AUTHENTICATED");
        using var unknown = await project.Server.PostAsync("{ propertiesCapacity }", null, ProfileServer.ClientHeaders("pgk_unknown", project.Key.Secret));
        await unknown.AssertErrorAsync(401, "AUTH_NOT_AUTHENTICATED");
        using var malformed = await project.Server.PostAsync("{ propertiesCapacity }", null, h => h.TryAddWithoutValidation("Authorization", "Bearer no-dot-here"));
        await malformed.AssertErrorAsync(401, "AUTH_NOT_AUTHENTICATED");
    }

    [Fact]
    public async Task A_get_query_needs_credentials_but_the_sdl_does_not()
    {
        var server = await ServerAsync();
        using var query = await server.Http.GetAsync("/graphql?query=%7BpropertiesCapacity%7D");
        await query.AssertErrorAsync(401, "AUTH_NOT_AUTHENTICATED");
        using var sdl = await server.Http.GetAsync("/graphql?sdl");
        Assert.Equal(HttpStatusCode.OK, sdl.StatusCode);
        Assert.Contains("propertiesCapacity: Long!", await sdl.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_key_may_query_but_a_mutation_is_not_authorized()
    {
        var project = await NewProjectAsync();
        var readKey = await project.Server.CreateKeyAsync(project.Project, ApiKeyRole.Read);

        using var query = await project.Server.PostAsync("{ propertiesCapacity }", null, ProfileServer.Bearer(readKey));
        Assert.Equal("""{"propertiesCapacity":0}""", (await query.JsonAsync()).GetProperty("data").GetRawText());

        using var mutation = await project.Server.PostAsync(SetProfile, null, ProfileServer.Bearer(readKey));
        var body = await mutation.JsonAsync();
        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(body.GetProperty("errors")[0]));
        Assert.Equal("""{"profile":null}""", (await project.DataAsync("""{ profile(profileId: "p1") { profileId } }""")).GetRawText());
    }

    [Fact]
    public async Task A_project_never_sees_another_projects_profiles()
    {
        var first = await NewProjectAsync();
        var second = await NewProjectAsync();
        await first.DataAsync("""mutation { setProfile(input: { profileId: "shared", firstName: "First", properties: { points: 5 } }) { profile { profileId } } }""");

        var seen = await second.DataAsync("""{ profile(profileId: "shared") { profileId } profiles(where: { profileId: { eq: "shared" } }) { totalCount } propertiesCapacity }""");
        Assert.Equal("""{"profile":null,"profiles":{"totalCount":0},"propertiesCapacity":0}""", seen.GetRawText());

        await second.DataAsync("""mutation { setProfile(input: { profileId: "shared", firstName: "Second" }) { profile { profileId } } }""");
        var own = await first.DataAsync("""{ profile(profileId: "shared") { firstName } }""");
        Assert.Equal("""{"profile":{"firstName":"First"}}""", own.GetRawText());
    }

    [Fact]
    public async Task Over_1000_requests_a_minute_a_project_gets_429_rate_limited_and_others_do_not()
    {
        var limited = await NewProjectAsync();
        var other = await NewProjectAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 1001; i++)
        {
            using var response = await limited.Server.PostAsync("{ __typename }", null, ProfileServer.Bearer(limited.Key));
            statuses.Add(response.StatusCode);
            if (i == 1000)
            {
                await response.AssertErrorAsync(429, "RATE_LIMITED");
                Assert.True(response.Headers.RetryAfter is not null);
            }
        }

        Assert.Equal(1000, statuses.Count(s => s == HttpStatusCode.OK));
        using var unaffected = await other.Server.PostAsync("{ __typename }", null, ProfileServer.Bearer(other.Key));
        Assert.Equal(HttpStatusCode.OK, unaffected.StatusCode);
    }
}

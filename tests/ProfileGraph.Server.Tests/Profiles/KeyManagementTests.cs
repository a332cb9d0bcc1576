using System.Net;
using ProfileGraph.Data;
using ProfileGraph.Data.Tests.Infrastructure;
using ProfileGraph.Profiles.Security;
using ProfileGraph.Server.Security;
using ProfileGraph.Server.Tests.Http;

namespace ProfileGraph.Server.Tests.Profiles;

/// <summary><c>apiKeys</c>, <c>createApiKey</c> and <c>revokeApiKey</c> over HTTP: admin only, one project at a time.</summary>
public abstract class KeyManagementTests(ProfileServerCache cache, StoreKind kind, string? postgres)
    : ProfileApiTestBase(cache, kind, postgres)
{
    private const string Create = """mutation($role: ApiKeyRole!) { createApiKey(input: { role: $role }) { apiKey { keyId role createdAt } secret errors { __typename } } }""";
    private const string Revoke = """mutation($id: String!) { revokeApiKey(input: { keyId: $id }) { keyId errors { __typename ... on ApiKeyNotFoundError { keyId message } } } }""";
    private const string List = "{ apiKeys { keyId role createdAt } }";
    private const string Write = """mutation { setProfile(input: { profileId: "k1", firstName: "Kay" }) { profile { profileId } } }""";

    [Fact]
    public async Task An_admin_creates_a_write_key_that_works_once_and_is_listed_without_its_secret()
    {
        var project = await NewProjectAsync();
        var created = At(await project.DataAsync(Create, new { role = "WRITE" }), "createApiKey");
        var keyId = At(created, "apiKey", "keyId").GetString()!;
        var secret = At(created, "secret").GetString()!;
        Assert.Equal("WRITE", At(created, "apiKey", "role").GetString());
        Assert.StartsWith(ApiKeys.KeyIdPrefix, keyId, StringComparison.Ordinal);

        using var write = await project.Server.PostAsync(Write, null, ProfileServer.Basic(keyId, secret));
        Assert.Equal(HttpStatusCode.OK, write.StatusCode);
        Assert.Equal("k1", At(await write.JsonAsync(), "data", "setProfile", "profile", "profileId").GetString());

        var listed = At(await project.DataAsync(List), "apiKeys").EnumerateArray().ToList();
        Assert.Contains(listed, k => At(k, "keyId").GetString() == keyId && At(k, "role").GetString() == "WRITE");
        Assert.Contains(listed, k => At(k, "keyId").GetString() == project.Key.KeyId && At(k, "role").GetString() == "ADMIN");
        Assert.Equal(2, listed.Count);
        Assert.DoesNotContain(secret, (await project.RunAsync(List)).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once()
    {
        var project = await NewProjectAsync();
        var created = At(await project.DataAsync(Create, new { role = "READ" }), "createApiKey");
        var keyId = At(created, "apiKey", "keyId").GetString()!;
        var secret = At(created, "secret").GetString()!;
        using (var before = await project.Server.PostAsync("{ propertiesCapacity }", null, ProfileServer.Basic(keyId, secret)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        Assert.Equal(keyId, At(await project.DataAsync(Revoke, new { id = keyId }), "revokeApiKey", "keyId").GetString());

        using var after = await project.Server.PostAsync("{ propertiesCapacity }", null, ProfileServer.Basic(keyId, secret));
        await after.AssertErrorAsync(401, "AUTH_NOT_AUTHENTICATED");
        Assert.DoesNotContain(keyId, (await project.RunAsync(List)).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_projects_key_is_neither_listed_nor_revocable()
    {
        var mine = await NewProjectAsync();
        var theirs = await NewProjectAsync();

        var revoked = At(await mine.DataAsync(Revoke, new { id = theirs.Key.KeyId }), "revokeApiKey");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, At(revoked, "keyId").ValueKind);
        Assert.Equal("ApiKeyNotFoundError", At(revoked, "errors", 0, "__typename").GetString());
        Assert.Equal(theirs.Key.KeyId, At(revoked, "errors", 0, "keyId").GetString());

        Assert.DoesNotContain(theirs.Key.KeyId, (await mine.RunAsync(List)).GetRawText(), StringComparison.Ordinal);
        using var stillWorks = await theirs.Server.PostAsync("{ propertiesCapacity }", null, ProfileServer.Bearer(theirs.Key));
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
    }

    [Theory]
    [InlineData(ApiKeyRole.Read)]
    [InlineData(ApiKeyRole.Write)]
    public async Task Only_an_admin_key_manages_keys(ApiKeyRole role)
    {
        var project = await NewProjectAsync();
        var key = await project.Server.CreateKeyAsync(project.Project, role);
        foreach (var (document, variables) in new (string, object?)[] { (List, null), (Create, new { role = "ADMIN" }), (Revoke, new { id = project.Key.KeyId }) })
        {
            using var response = await project.Server.PostAsync(document, variables, ProfileServer.Bearer(key));
            var body = await response.JsonAsync();
            Assert.Equal("AUTH_NOT_AUTHORIZED", Code(At(body, "errors", 0)));
        }

        Assert.Equal(2, At(await project.DataAsync(List), "apiKeys").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_role_is_a_validation_error_and_creates_nothing()
    {
        var project = await NewProjectAsync();
        using var response = await project.Server.PostAsync("""mutation { createApiKey(input: { role: OWNER }) { secret } }""", null, ProfileServer.Bearer(project.Key));
        await response.AssertErrorAsync(400, "VALUES_OF_CORRECT_TYPE");
        Assert.Single(At(await project.DataAsync(List), "apiKeys").EnumerateArray());
    }

    [Fact]
    public async Task The_create_key_command_opens_a_new_project_with_a_working_key()
    {
        var server = await ServerAsync();
        var project = "cli-" + Guid.NewGuid().ToString("N")[..10];
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, await KeyCommand.RunAsync(server.Services, [KeyCommand.Name, project, "write"], output, error));

        var lines = output.ToString().Split('\n').Select(l => l.Trim()).ToList();
        var keyId = lines.Single(l => l.StartsWith("key id:", StringComparison.Ordinal))["key id:".Length..].Trim();
        var secret = lines.Single(l => l.StartsWith("secret:", StringComparison.Ordinal))["secret:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        using var write = await server.PostAsync(Write, null, ProfileServer.Basic(keyId, secret));
        Assert.Equal(HttpStatusCode.OK, write.StatusCode);
        Assert.Equal("k1", At(await write.JsonAsync(), "data", "setProfile", "profile", "profileId").GetString());
        using var manage = await server.PostAsync(List, null, ProfileServer.Basic(keyId, secret));
        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(At(await manage.JsonAsync(), "errors", 0)));
        Assert.Equal("", error.ToString());
    }

    [Theory]
    [InlineData("only-the-command")]
    [InlineData("acme", "owner")]
    [InlineData("$keys", "admin")]
    [InlineData("has space", "read")]
    public async Task The_create_key_command_refuses_bad_arguments_and_creates_nothing(params string[] arguments)
    {
        var server = await ServerAsync();
        string[] args = arguments[0] == "only-the-command" ? [KeyCommand.Name] : [KeyCommand.Name, .. arguments];
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, await KeyCommand.RunAsync(server.Services, args, output, error));
        Assert.Contains("usage:", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }
}

/// <summary>Key management on the embedded SQLite store.</summary>
public sealed class SqliteKeyManagementTests(ProfileServerCache cache)
    : KeyManagementTests(cache, StoreKind.Sqlite, null), IClassFixture<ProfileServerCache>;

/// <summary>Key management on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresKeyManagementTests(ProfileServerCache cache, PostgresFixture postgres)
    : KeyManagementTests(cache, StoreKind.Postgres, postgres.ConnectionString), IClassFixture<ProfileServerCache>;

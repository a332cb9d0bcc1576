using System.Text.Json;
using ProfileGraph.Profiles.Security;

namespace ProfileGraph.Profiles.Tests.Resolvers;

public sealed class UpdateProfileTests : ProfileApiTestBase
{
    private const string Errors = "errors { __typename ... on Error { message } ... on InvalidPropertyError { key code } ... on LimitExceededError { limit maxAllowed actual } ... on VersionConflictError { expectedVersion actualVersion } }";

    private async Task<JsonElement> ReadAsync(string id = "u1") =>
        Data(await RunAsync($$"""{ profile(profileId: "{{id}}") { nickname attributes version } }"""), "profile");

    [Fact]
    public async Task Set_set_once_increment_append_remove_and_unset_apply_together()
    {
        await SeedAsync("u1", "nickname: \"n\"", "{ points: 5, hobby: [\"gym\", \"golf\"], member: \"gold\", old: 1 }");
        var response = await RunAsync($$"""
            mutation { updateProfile(input: { profileId: "u1", fields: { nickname: "new" }, set: { vipLevel: 2 }, setOnce: { member: "silver", registerTime: "2024-01-01T00:00:00Z" },
              increment: { points: 10 }, append: { interest: ["art"] }, remove: { hobby: ["golf"] }, unset: ["old"] }) { profile { nickname version } {{Errors}} } }
            """);
        Assert.Equal("""{"nickname":"new","version":2}""", Data(response, "updateProfile", "profile").GetRawText());
        var attributes = (await ReadAsync()).GetProperty("attributes");
        Assert.Equal(15, attributes.GetProperty("points").GetInt32());
        Assert.Equal("gold", attributes.GetProperty("member").GetString());
        Assert.Equal("""["gym"]""", attributes.GetProperty("hobby").GetRawText());
        Assert.Equal("""["art"]""", attributes.GetProperty("interest").GetRawText());
        Assert.Equal(2, attributes.GetProperty("vipLevel").GetInt32());
        Assert.False(attributes.TryGetProperty("old", out _));
    }

    [Fact]
    public async Task Every_violation_is_a_per_field_error_and_nothing_is_written()
    {
        await SeedAsync("u1", "nickname: \"n\"", "{ points: 5 }");
        // "$os" is not a GraphQL name, so a client can only send it inside a JSON variable.
        var response = await RunAsync($$"""
            mutation($set: JSON) { updateProfile(input: { profileId: "u1", fields: { nickname: "{{new string('x', 65)}}", email: "bad" },
              set: $set, increment: { member: 1 } }) { profile { version } {{Errors}} } }
            """, new { set = new Dictionary<string, object> { ["vipLevel"] = "high", ["$os"] = "x" } });
        var payload = Data(response, "updateProfile");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("profile").ValueKind);
        var keys = payload.GetProperty("errors").EnumerateArray().Select(e => $"{e.GetProperty("key").GetString()}:{e.GetProperty("code").GetString()}").Order().ToList();
        Assert.Equal(["$os:RESERVED_NAME", "email:INVALID_EMAIL", "member:NOT_A_NUMBER", "nickname:STRING_TOO_LONG", "vipLevel:TYPE_MISMATCH"], keys);
        Assert.All(payload.GetProperty("errors").EnumerateArray(), e => Assert.Equal("InvalidPropertyError", e.GetProperty("__typename").GetString()));
        Assert.Equal(1, (await ReadAsync()).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Incrementing_a_stored_string_is_refused()
    {
        await SeedAsync("u1", properties: "{ note: \"x\" }");
        var response = await RunAsync($$"""mutation { updateProfile(input: { profileId: "u1", increment: { note: 1 } }) { {{Errors}} } }""");
        Assert.Equal("NOT_A_NUMBER", Data(response, "updateProfile", "errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Properties_over_4_KB_are_a_limit_error_and_nothing_is_written()
    {
        await SeedAsync("u1");
        var set = string.Join(", ", Enumerable.Range(0, 20).Select(i => $"k{i}: \"{new string('x', 250)}\""));
        var response = await RunAsync($$"""mutation { updateProfile(input: { profileId: "u1", set: { {{set}} } }) { {{Errors}} } }""");
        var error = Assert.Single(Data(response, "updateProfile", "errors").EnumerateArray());
        Assert.Equal("LimitExceededError", error.GetProperty("__typename").GetString());
        Assert.Equal(4096, error.GetProperty("maxAllowed").GetInt32());
        Assert.True(error.GetProperty("actual").GetInt32() > 4096);
        Assert.Equal(1, (await ReadAsync()).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_version_conflict()
    {
        await SeedAsync("u1");
        await RunAsync("""mutation { updateProfile(input: { profileId: "u1", set: { a: 1 } }) { profile { version } } }""");
        var response = await RunAsync($$"""mutation { updateProfile(input: { profileId: "u1", set: { a: 2 }, expectedVersion: 1 }) { profile { version } {{Errors}} } }""");
        var error = Assert.Single(Data(response, "updateProfile", "errors").EnumerateArray());
        Assert.Equal(("VersionConflictError", 1, 2), (error.GetProperty("__typename").GetString(), error.GetProperty("expectedVersion").GetInt64(), error.GetProperty("actualVersion").GetInt64()));
    }

    [Fact]
    public async Task Updating_an_unknown_profile_is_a_not_found_error()
    {
        var response = await RunAsync($$"""mutation { updateProfile(input: { profileId: "nobody", set: { a: 1 } }) { {{Errors}} } }""");
        Assert.Equal("ProfileNotFoundError", Data(response, "updateProfile", "errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Concurrent_increments_lose_nothing()
    {
        await SeedAsync("u1", properties: "{ points: 0 }");
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            RunAsync("""mutation { updateProfile(input: { profileId: "u1", increment: { points: 1 } }) { profile { version } } }""")));
        Assert.Equal(20, (await ReadAsync()).GetProperty("attributes").GetProperty("points").GetInt32());
    }

    [Fact]
    public async Task A_read_key_cannot_mutate()
    {
        var response = await RunAsync("""mutation { setProfile(input: { profileId: "u1" }) { profile { profileId } } }""", role: ApiKeyRole.Read);
        Assert.Equal("AUTH_NOT_AUTHORIZED", Codes(response));
    }

    [Fact]
    public async Task A_request_without_a_project_is_not_authenticated()
    {
        var response = await RunAsync("""{ profile(profileId: "u1") { profileId } }""", project: "");
        Assert.Equal("AUTH_NOT_AUTHENTICATED", Codes(response));
    }

    [Fact]
    public async Task Delete_properties_removes_all_or_the_given_keys()
    {
        await SeedAsync("u1", properties: "{ a: 1, b: 2, c: 3 }");
        await RunAsync("""mutation { deleteProperties(input: { profileId: "u1", keys: ["a"] }) { profile { version } } }""");
        Assert.Equal("""{"b":2,"c":3}""", (await ReadAsync()).GetProperty("attributes").GetRawText());
        await RunAsync("""mutation { deleteProperties(input: { profileId: "u1" }) { profile { version } } }""");
        Assert.Equal("{}", (await ReadAsync()).GetProperty("attributes").GetRawText());
        var again = await RunAsync("""mutation { deleteProperties(input: { profileId: "u1" }) { profile { profileId } errors { __typename } } }""");
        Assert.Equal("""{"profile":{"profileId":"u1"},"errors":null}""", Data(again, "deleteProperties").GetRawText());
    }

    [Fact]
    public async Task Delete_profile_removes_it_and_a_second_delete_is_not_found()
    {
        await SeedAsync("u1");
        var first = await RunAsync("""mutation { deleteProfile(input: { profileId: "u1" }) { profileId errors { __typename } } }""");
        Assert.Equal("""{"profileId":"u1","errors":null}""", Data(first, "deleteProfile").GetRawText());
        Assert.Equal(JsonValueKind.Null, Data(await RunAsync("""{ profile(profileId: "u1") { profileId } }"""), "profile").ValueKind);
        var second = await RunAsync("""mutation { deleteProfile(input: { profileId: "u1" }) { profileId errors { __typename } } }""");
        Assert.Equal("""{"profileId":null,"errors":[{"__typename":"ProfileNotFoundError"}]}""", Data(second, "deleteProfile").GetRawText());
    }

    [Fact]
    public async Task Set_profile_is_idempotent()
    {
        await SeedAsync("u1", "firstName: \"A\"", "{ vipLevel: 1 }");
        await SeedAsync("u1", "firstName: \"A\"", "{ vipLevel: 1 }");
        var profile = await ReadAsync();
        Assert.Equal("""{"vipLevel":1}""", profile.GetProperty("attributes").GetRawText());
    }
}

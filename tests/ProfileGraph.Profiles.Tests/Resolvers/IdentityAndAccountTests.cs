using System.Text.Json;

namespace ProfileGraph.Profiles.Tests.Resolvers;

public sealed class IdentityAndAccountTests : ProfileApiTestBase
{
    private const string IdentifyErrors = "errors { __typename ... on Error { message } ... on IdentityConflictError { identity boundUserId } }";

    private const string AccountErrors = "errors { __typename ... on Error { message } ... on InvalidPropertyError { key code } }";

    [Fact]
    public async Task Identify_moves_the_anonymous_profiles_data_into_the_users_profile()
    {
        await SeedAsync("anon-1", "city: \"Oslo\"", "{ points: 7, hobby: [\"gym\"] }");
        await SeedAsync("user-1", "firstName: \"Ada\"", "{ vipLevel: 2 }");

        var response = await RunAsync($$"""mutation { identifyProfile(input: { anonymousId: "anon-1", userId: "user-1" }) { profile { profileId firstName city attributes identities { userId anonymousIds } } {{IdentifyErrors}} } }""");

        var profile = Data(response, "identifyProfile", "profile");
        Assert.Equal("user-1", profile.GetProperty("profileId").GetString());
        Assert.Equal("Oslo", profile.GetProperty("city").GetString());
        Assert.Equal("""{"vipLevel":2,"points":7,"hobby":["gym"]}""", profile.GetProperty("attributes").GetRawText());
        Assert.Equal("""{"userId":"user-1","anonymousIds":["anon-1"]}""", profile.GetProperty("identities").GetRawText());
        Assert.Equal(JsonValueKind.Null, Data(await RunAsync("""{ profile(profileId: "anon-1") { profileId } }"""), "profile").ValueKind);
    }

    [Fact]
    public async Task Identify_is_repeatable()
    {
        await RunAsync("""mutation { identifyProfile(input: { anonymousId: "anon-1", userId: "user-1" }) { profile { profileId } } }""");
        var again = await RunAsync($$"""mutation { identifyProfile(input: { anonymousId: "anon-1", userId: "user-1" }) { profile { profileId } {{IdentifyErrors}} } }""");
        Assert.Equal("""{"profile":{"profileId":"user-1"},"errors":null}""", Data(again, "identifyProfile").GetRawText());
    }

    [Fact]
    public async Task An_anonymous_id_bound_to_another_user_is_an_identity_conflict_and_nothing_merges()
    {
        await RunAsync("""mutation { identifyProfile(input: { anonymousId: "anon-1", userId: "user-1" }) { profile { profileId } } }""");
        var response = await RunAsync($$"""mutation { identifyProfile(input: { anonymousId: "anon-1", userId: "user-2" }) { profile { profileId } {{IdentifyErrors}} } }""");
        Assert.Equal("""{"profile":null,"errors":[{"__typename":"IdentityConflictError","message":"'anon-1' is already bound to 'user-1'.","identity":"anon-1","boundUserId":"user-1"}]}""",
            Data(response, "identifyProfile").GetRawText());
        Assert.Equal(JsonValueKind.Null, Data(await RunAsync("""{ profile(profileId: "user-2") { profileId } }"""), "profile").ValueKind);
    }

    [Fact]
    public async Task Usernames_and_emails_are_unique_case_insensitively()
    {
        await SeedAsync("a");
        await SeedAsync("b");
        var first = await RunAsync($$"""mutation { updateAccount(input: { profileId: "a", username: "Alice", email: "Alice@Example.com" }) { profile { account { username email } } {{AccountErrors}} } }""");
        Assert.Equal("""{"username":"Alice","email":"Alice@Example.com"}""", Data(first, "updateAccount", "profile", "account").GetRawText());

        var username = await RunAsync($$"""mutation { updateAccount(input: { profileId: "b", username: "alice" }) { profile { profileId } {{AccountErrors}} } }""");
        Assert.Equal("UsernameTakenError", Data(username, "updateAccount", "errors")[0].GetProperty("__typename").GetString());
        var email = await RunAsync($$"""mutation { updateAccount(input: { profileId: "b", email: "alice@example.COM" }) { profile { profileId } {{AccountErrors}} } }""");
        Assert.Equal("EmailTakenError", Data(email, "updateAccount", "errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task A_released_username_can_be_taken_by_someone_else()
    {
        await SeedAsync("a");
        await SeedAsync("b");
        await RunAsync("""mutation { updateAccount(input: { profileId: "a", username: "alice" }) { profile { profileId } } }""");
        await RunAsync("""mutation { updateAccount(input: { profileId: "a", username: "alice2" }) { profile { profileId } } }""");
        var response = await RunAsync($$"""mutation { updateAccount(input: { profileId: "b", username: "Alice" }) { profile { account { username } } {{AccountErrors}} } }""");
        Assert.Equal("Alice", Data(response, "updateAccount", "profile", "account", "username").GetString());
    }

    [Fact]
    public async Task A_password_is_stored_hashed_and_never_readable()
    {
        await SeedAsync("a");
        await RunAsync("""mutation { updateAccount(input: { profileId: "a", newPassword: "correct horse battery" }) { profile { profileId } } }""");
        var stored = (await Api.Store.GetByIdsAsync("p1", ["a"]))[0]!;
        var hash = stored.Body["account"]!["passwordHash"]!.GetValue<string>();
        Assert.StartsWith("v1$pbkdf2-sha256$", hash, StringComparison.Ordinal);
        Assert.True(ProfileGraph.Profiles.Accounts.PasswordHasher.Verify("correct horse battery", hash));

        var response = await RunAsync("""{ profile(profileId: "a") { account { username } attributes } }""");
        Assert.DoesNotContain("pbkdf2", response.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_password_is_an_invalid_property_error()
    {
        await SeedAsync("a");
        var response = await RunAsync($$"""mutation { updateAccount(input: { profileId: "a", newPassword: "short" }) { profile { profileId } {{AccountErrors}} } }""");
        Assert.Equal("newPassword", Data(response, "updateAccount", "errors")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task A_new_phone_resets_phone_verified()
    {
        await SeedAsync("a");
        await RunAsync("""mutation { updateAccount(input: { profileId: "a", phone: "+1" }) { profile { profileId } } }""");
        // Mark it verified as an out-of-band verification would.
        var stored = (await Api.Store.GetByIdsAsync("p1", ["a"]))[0]!;
        var body = (System.Text.Json.Nodes.JsonObject)stored.Body.DeepClone();
        body["account"]!["phoneVerified"] = true;
        await Api.Store.UpsertAsync("p1", "a", body, stored.Version);
        Assert.True(Data(await RunAsync("""{ profile(profileId: "a") { account { phoneVerified } } }"""), "profile", "account", "phoneVerified").GetBoolean());

        await RunAsync("""mutation { updateAccount(input: { profileId: "a", phone: "+2" }) { profile { profileId } } }""");
        var account = Data(await RunAsync("""{ profile(profileId: "a") { account { phone phoneVerified } } }"""), "profile", "account");
        Assert.Equal("""{"phone":"+2","phoneVerified":false}""", account.GetRawText());
    }

    [Fact]
    public async Task Update_profiles_applies_to_every_match_and_reports_each()
    {
        await SeedAsync("a", "gender: MALE", "{ points: 1 }");
        await SeedAsync("b", "gender: MALE", "{ points: 2 }");
        await SeedAsync("c", "gender: FEMALE", "{ points: 3 }");
        var response = await RunAsync("""
            mutation { updateProfiles(input: { where: { gender: { eq: MALE } }, fields: { city: "Rome" }, increment: { points: 10 } }) {
              matchedCount modifiedCount results { profileId profile { city attributes } } errors { __typename } } }
            """);
        var payload = Data(response, "updateProfiles");
        Assert.Equal((2, 2), (payload.GetProperty("matchedCount").GetInt32(), payload.GetProperty("modifiedCount").GetInt32()));
        Assert.Equal("""[{"profileId":"a","profile":{"city":"Rome","attributes":{"points":11}}},{"profileId":"b","profile":{"city":"Rome","attributes":{"points":12}}}]""",
            payload.GetProperty("results").GetRawText());
    }

    [Fact]
    public async Task Update_profiles_refuses_take_over_1000()
    {
        var response = await RunAsync("""mutation { updateProfiles(input: { where: {}, set: { a: 1 }, take: 1001 }) { matchedCount errors { __typename ... on LimitExceededError { limit maxAllowed } } } }""");
        Assert.Equal("""{"matchedCount":0,"errors":[{"__typename":"LimitExceededError","limit":"take","maxAllowed":1000}]}""", Data(response, "updateProfiles").GetRawText());
    }

    [Fact]
    public async Task Update_profiles_writes_nothing_when_one_profile_rejects_the_operation()
    {
        await SeedAsync("a", "gender: MALE", "{ note: 1 }");
        await SeedAsync("b", "gender: MALE", "{ note: \"text\" }");
        var response = await RunAsync("""mutation { updateProfiles(input: { where: { gender: { eq: MALE } }, increment: { note: 1 } }) { modifiedCount results { profileId errors { __typename } } } }""");
        Assert.Equal(0, Data(response, "updateProfiles", "modifiedCount").GetInt32());
        var a = Data(await RunAsync("""{ profile(profileId: "a") { attributes } }"""), "profile", "attributes");
        Assert.Equal("""{"note":1}""", a.GetRawText());
    }

    [Fact]
    public async Task Update_profiles_enforces_the_size_cap_per_profile_and_writes_nothing()
    {
        await SeedAsync("a", "gender: MALE", "{ note: \"short\" }");
        await SeedAsync("b", "gender: MALE", $$"""{ bio: "{{new string('x', 250)}}" }""");
        var big = string.Join(", ", Enumerable.Range(0, 15).Select(i => $"k{i}: \"{new string('y', 250)}\""));
        var response = await RunAsync($$"""
            mutation { updateProfiles(input: { where: { gender: { eq: MALE } }, set: { {{big}} } }) {
              matchedCount modifiedCount results { profileId errors { __typename } } } }
            """);
        var payload = Data(response, "updateProfiles");
        Assert.Equal(0, payload.GetProperty("modifiedCount").GetInt32());
        Assert.Equal("""[{"profileId":"a","errors":null},{"profileId":"b","errors":[{"__typename":"LimitExceededError"}]}]""", payload.GetProperty("results").GetRawText());
        Assert.Equal("""{"note":"short"}""", Data(await RunAsync("""{ profile(profileId: "a") { attributes } }"""), "profile", "attributes").GetRawText());
    }
}

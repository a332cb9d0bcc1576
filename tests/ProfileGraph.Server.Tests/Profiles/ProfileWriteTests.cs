using System.Text.Json;
using ProfileGraph.Server.Tests.Http;
using ProfileGraph.Data;

namespace ProfileGraph.Server.Tests.Profiles;

/// <summary>The mutations of the profile API over HTTP, each checked by reading back what was stored.</summary>
public abstract class ProfileWriteTests(ProfileServerCache cache, StoreKind kind, string? postgres)
    : ProfileApiTestBase(cache, kind, postgres)
{
    private const string Errors = "errors { __typename ... on Error { message } }";

    [Fact]
    public async Task SetProfile_creates_a_profile_then_updates_only_the_given_fields()
    {
        var api = await NewProjectAsync();
        await api.DataAsync("""mutation { setProfile(input: { profileId: "u1", firstName: "Ada", city: "Oslo", groups: ["beta"], properties: { vipLevel: 3 } }) { profile { profileId } } }""");
        var replaced = await api.DataAsync($$"""mutation { setProfile(input: { profileId: "u1", firstName: "Grace" }) { profile { firstName city groups attributes version } {{Errors}} } }""");
        Assert.Equal("""{"firstName":"Grace","city":"Oslo","groups":["beta"],"attributes":{"vipLevel":3},"version":2}""", At(replaced, "setProfile", "profile").GetRawText());
    }

    [Fact]
    public async Task UpdateProfile_applies_set_setOnce_increment_append_remove_and_unset()
    {
        var api = await NewProjectAsync();
        await api.DataAsync("""mutation { setProfile(input: { profileId: "u1", properties: { points: 10, member: "silver", hobby: ["gym", "chess"], interest: ["art", "music"], userPoint: 7 } }) { profile { profileId } } }""");

        var updated = await api.DataAsync($$"""
            mutation {
              updateProfile(input: {
                profileId: "u1", fields: { nickname: "ada" },
                set: { vipLevel: 2 }, setOnce: { member: "gold", registerTime: "2024-01-02T03:04:05Z" },
                increment: { points: 5 }, append: { hobby: ["swim"] }, remove: { interest: ["art"] }, unset: ["userPoint"] })
              { profile { nickname properties { vipLevel points userPoint member hobby interest registerTime } } errors { __typename ... on Error { message } ... on InvalidPropertyError { key reason } } }
            }
            """);
        Assert.True(At(updated, "updateProfile", "errors").ValueKind == JsonValueKind.Null, At(updated, "updateProfile").GetRawText());
        Assert.Equal(
            """{"profile":{"nickname":"ada","properties":{"vipLevel":2,"points":15,"userPoint":null,"member":"silver","hobby":["gym","chess","swim"],"interest":["music"],"registerTime":"2024-01-02T03:04:05.000Z"}},"errors":null}""",
            At(updated, "updateProfile").GetRawText());
    }

    [Fact]
    public async Task Increment_on_a_string_is_an_invalid_property_error_and_nothing_is_written()
    {
        var api = await NewProjectAsync();
        await api.DataAsync("""mutation { setProfile(input: { profileId: "u1", properties: { member: "gold", points: 1 } }) { profile { profileId } } }""");
        var rejected = await api.DataAsync("""mutation { updateProfile(input: { profileId: "u1", set: { points: 9 }, increment: { member: 1 } }) { profile { profileId } errors { __typename ... on InvalidPropertyError { key } } } }""");
        Assert.Equal("""{"profile":null,"errors":[{"__typename":"InvalidPropertyError","key":"member"}]}""", At(rejected, "updateProfile").GetRawText());
        Assert.Equal("""{"profile":{"attributes":{"member":"gold","points":1}}}""", (await api.DataAsync("""{ profile(profileId: "u1") { attributes } }""")).GetRawText());
    }

    [Fact]
    public async Task UpdateProfiles_reports_an_outcome_per_matched_profile()
    {
        var api = await NewProjectAsync();
        foreach (var (id, city) in new[] { ("a", "Oslo"), ("b", "Oslo"), ("c", "Rome") })
        {
            await api.DataAsync($$"""mutation { setProfile(input: { profileId: "{{id}}", city: "{{city}}", properties: { points: 1 } }) { profile { profileId } } }""");
        }

        var batch = await api.DataAsync("""mutation { updateProfiles(input: { where: { city: { eq: "Oslo" } }, increment: { points: 10 } }) { matchedCount modifiedCount results { profileId profile { properties { points } } errors { __typename } } } }""");
        Assert.Equal(
            """{"matchedCount":2,"modifiedCount":2,"results":[{"profileId":"a","profile":{"properties":{"points":11}},"errors":null},{"profileId":"b","profile":{"properties":{"points":11}},"errors":null}]}""",
            At(batch, "updateProfiles").GetRawText());
        Assert.Equal("""{"profile":{"properties":{"points":1}}}""", (await api.DataAsync("""{ profile(profileId: "c") { properties { points } } }""")).GetRawText());
    }

    [Fact]
    public async Task DeleteProperties_removes_all_custom_properties_and_frees_the_capacity()
    {
        var api = await NewProjectAsync();
        await api.DataAsync("""mutation { setProfile(input: { profileId: "u1", properties: { vipLevel: 5, member: "gold" } }) { profile { propertiesSize } } }""");
        var before = await api.DataAsync("{ propertiesCapacity }");
        Assert.Equal("""{"vipLevel":5,"member":"gold"}""".Length, At(before, "propertiesCapacity").GetInt64());

        var deleted = await api.DataAsync($$"""mutation { deleteProperties(input: { profileId: "u1" }) { profile { attributes propertiesSize } {{Errors}} } }""");
        Assert.Equal("""{"profile":{"attributes":{},"propertiesSize":0},"errors":null}""", At(deleted, "deleteProperties").GetRawText());
        Assert.Equal(0, At(await api.DataAsync("{ propertiesCapacity }"), "propertiesCapacity").GetInt64());

        var again = await api.DataAsync($$"""mutation { deleteProperties(input: { profileId: "u1" }) { {{Errors}} } }""");
        Assert.Equal("""{"errors":null}""", At(again, "deleteProperties").GetRawText());
    }

    [Fact]
    public async Task IdentifyProfile_merges_once_and_then_reports_an_identity_conflict()
    {
        var api = await NewProjectAsync();
        await api.DataAsync("""mutation { setProfile(input: { profileId: "anon-1", city: "Oslo" }) { profile { profileId } } }""");
        var merged = await api.DataAsync("""mutation { identifyProfile(input: { anonymousId: "anon-1", userId: "user-1" }) { profile { profileId city identities { userId anonymousIds } } } }""");
        Assert.Equal("""{"profileId":"user-1","city":"Oslo","identities":{"userId":"user-1","anonymousIds":["anon-1"]}}""", At(merged, "identifyProfile", "profile").GetRawText());

        var conflict = await api.DataAsync("""mutation { identifyProfile(input: { anonymousId: "anon-1", userId: "user-2" }) { profile { profileId } errors { __typename ... on IdentityConflictError { identity boundUserId } } } }""");
        Assert.Equal("""{"profile":null,"errors":[{"__typename":"IdentityConflictError","identity":"anon-1","boundUserId":"user-1"}]}""", At(conflict, "identifyProfile").GetRawText());
    }

    [Fact]
    public async Task UpdateAccount_keeps_usernames_and_emails_unique_case_insensitively()
    {
        var api = await NewProjectAsync();
        await api.DataAsync("""mutation { a: setProfile(input: { profileId: "a" }) { profile { profileId } } b: setProfile(input: { profileId: "b" }) { profile { profileId } } }""");
        var first = await api.DataAsync($$"""mutation { updateAccount(input: { profileId: "a", username: "Alice", email: "Alice@Example.com", newPassword: "s3cret-pass" }) { profile { account { username email } } {{Errors}} } }""");
        Assert.Equal("""{"profile":{"account":{"username":"Alice","email":"Alice@Example.com"}},"errors":null}""", At(first, "updateAccount").GetRawText());

        var username = await api.DataAsync("""mutation { updateAccount(input: { profileId: "b", username: "ALICE" }) { profile { profileId } errors { __typename } } }""");
        Assert.Equal("""{"profile":null,"errors":[{"__typename":"UsernameTakenError"}]}""", At(username, "updateAccount").GetRawText());
        var email = await api.DataAsync("""mutation { updateAccount(input: { profileId: "b", email: "alice@example.COM" }) { profile { profileId } errors { __typename } } }""");
        Assert.Equal("""{"profile":null,"errors":[{"__typename":"EmailTakenError"}]}""", At(email, "updateAccount").GetRawText());
    }

    [Fact]
    public async Task A_password_is_never_readable_through_the_api()
    {
        var api = await NewProjectAsync();
        await api.DataAsync("""mutation { setProfile(input: { profileId: "a" }) { profile { profileId } } }""");
        await api.DataAsync("""mutation { updateAccount(input: { profileId: "a", newPassword: "correct horse battery" }) { profile { profileId } } }""");

        using var asked = await api.Server.PostAsync("""{ profile(profileId: "a") { account { password passwordHash } } }""", null, ProfileServer.Bearer(api.Key));
        await asked.AssertErrorAsync(400, "FIELDS_ON_CORRECT_TYPE");
        var everything = await api.DataAsync("""{ profile(profileId: "a") { attributes account { username email phone phoneVerified } } }""");
        Assert.DoesNotContain("correct horse", everything.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHash", everything.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_phone_resets_phone_verified()
    {
        var api = await NewProjectAsync();
        await api.DataAsync("""mutation { setProfile(input: { profileId: "a" }) { profile { profileId } } }""");
        var changed = await api.DataAsync("""mutation { updateAccount(input: { profileId: "a", phone: "+4712345678" }) { profile { account { phone phoneVerified } } } }""");
        Assert.Equal("""{"phone":"+4712345678","phoneVerified":false}""", At(changed, "updateAccount", "profile", "account").GetRawText());
    }

    [Fact]
    public async Task Devices_are_listed_newest_first()
    {
        var api = await NewProjectAsync();
        await api.DataAsync("""mutation { setProfile(input: { profileId: "a" }) { profile { profileId } } }""");
        foreach (var (registration, when) in new[] { ("r1", "2024-01-01T00:00:00Z"), ("r2", "2024-03-01T00:00:00Z"), ("r3", "2024-02-01T00:00:00Z") })
        {
            var device = await api.DataAsync($$"""mutation { upsertDevice(input: { profileId: "a", registrationId: "{{registration}}", platform: "ios", lastActive: "{{when}}" }) { device { registrationId } } }""");
            Assert.Equal(registration, At(device, "upsertDevice", "device", "registrationId").GetString());
        }

        var devices = await api.DataAsync("""{ profile(profileId: "a") { devices { registrationId } newest: devices(first: 1) { registrationId } } }""");
        Assert.Equal("""{"devices":[{"registrationId":"r2"},{"registrationId":"r3"},{"registrationId":"r1"}],"newest":[{"registrationId":"r2"}]}""", At(devices, "profile").GetRawText());
    }

    [Fact]
    public async Task Every_device_field_reads_back_from_the_upsert_and_from_the_profile()
    {
        var api = await NewProjectAsync();
        await api.DataAsync("""mutation { setProfile(input: { profileId: "a" }) { profile { profileId } } }""");
        const string Fields = "registrationId platform appVersion os lastActive properties";
        const string Expected = """{"registrationId":"r1","platform":"android","appVersion":"2.4.1","os":"14","lastActive":"2024-05-06T07:08:09.010Z","properties":{"push":true,"tags":["a"]}}""";
        var upserted = await api.DataAsync($$"""mutation { upsertDevice(input: { profileId: "a", registrationId: "r1", platform: "android", appVersion: "2.4.1", os: "14", lastActive: "2024-05-06T09:08:09.01+02:00", properties: { push: true, tags: ["a"] } }) { device { {{Fields}} } } }""");
        Assert.Equal(Expected, At(upserted, "upsertDevice", "device").GetRawText());

        var listed = await api.DataAsync($$"""{ profile(profileId: "a") { devices { {{Fields}} } } }""");
        Assert.Equal($"[{Expected}]", At(listed, "profile", "devices").GetRawText());
        var bare = await api.DataAsync("""mutation { upsertDevice(input: { profileId: "a", registrationId: "r2" }) { device { registrationId platform appVersion os properties } } }""");
        Assert.Equal("""{"registrationId":"r2","platform":null,"appVersion":null,"os":null,"properties":null}""", At(bare, "upsertDevice", "device").GetRawText());
    }

    internal static string Ids(JsonElement profiles) =>
        string.Join(",", profiles.EnumerateArray().Select(p => p.GetProperty("profileId").GetString()));
}

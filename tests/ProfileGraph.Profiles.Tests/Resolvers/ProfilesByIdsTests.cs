using System.Text.Json;

namespace ProfileGraph.Profiles.Tests.Resolvers;

public sealed class ProfilesByIdsTests : ProfileApiTestBase
{
    [Fact]
    public async Task Results_align_with_the_input_and_an_unknown_id_is_null_with_PROFILE_NOT_FOUND_at_its_path()
    {
        await SeedAsync("a", "firstName: \"A\"");
        await SeedAsync("c", "firstName: \"C\"");

        var response = await RunAsync("""{ profilesByIds(profileIds: ["c", "missing", "a"]) { profileId firstName } }""");

        Assert.Equal("""[{"profileId":"c","firstName":"C"},null,{"profileId":"a","firstName":"A"}]""",
            response.GetProperty("data").GetProperty("profilesByIds").GetRawText());
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("PROFILE_NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""["profilesByIds",1]""", error.GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task No_ids_is_an_argument_error()
    {
        var response = await RunAsync("""{ profilesByIds(profileIds: []) { profileId } }""");
        Assert.Equal("INVALID_ARGUMENT", Codes(response));
    }

    [Fact]
    public async Task More_than_100_ids_is_an_argument_error()
    {
        var ids = Enumerable.Range(0, 101).Select(i => $"id{i}").ToArray();
        var response = await RunAsync("query($ids: [String!]!) { profilesByIds(profileIds: $ids) { profileId } }", new { ids });
        Assert.Equal("INVALID_ARGUMENT", Codes(response));
    }

    [Fact]
    public async Task Exactly_100_ids_are_accepted()
    {
        var ids = Enumerable.Range(0, 100).Select(i => $"id{i}").ToArray();
        var response = await RunAsync("query($ids: [String!]!) { profilesByIds(profileIds: $ids) { profileId } }", new { ids });
        Assert.Equal(100, response.GetProperty("data").GetProperty("profilesByIds").GetArrayLength());
        Assert.Equal(100, response.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Another_project_never_sees_the_profile()
    {
        await SeedAsync("a", "firstName: \"A\"", project: "p1");
        var response = await RunAsync("""{ profile(profileId: "a") { profileId } }""", project: "p2");
        Assert.Equal(JsonValueKind.Null, Data(response, "profile").ValueKind);
    }

    [Fact]
    public async Task Node_finds_a_profile_by_its_global_id()
    {
        await SeedAsync("a", "firstName: \"A\"");
        var response = await RunAsync("""{ node(id: "UHJvZmlsZTph") { __typename ... on Profile { profileId } } }""");
        Assert.Equal("""{"__typename":"Profile","profileId":"a"}""", Data(response, "node").GetRawText());
    }

    [Fact]
    public async Task Devices_come_newest_last_active_first()
    {
        await SeedAsync("a");
        foreach (var (reg, when) in new[] { ("r1", "2024-01-01T00:00:00Z"), ("r2", "2024-03-01T00:00:00Z"), ("r3", "2024-02-01T00:00:00Z") })
        {
            var r = await RunAsync($$"""mutation { upsertDevice(input: { profileId: "a", registrationId: "{{reg}}", platform: "ios", lastActive: "{{when}}" }) { device { registrationId } errors { ... on Error { message } } } }""");
            Assert.Equal(reg, Data(r, "upsertDevice", "device", "registrationId").GetString());
        }

        var response = await RunAsync("""{ profile(profileId: "a") { devices { registrationId } two: devices(first: 1) { registrationId } identities { registrationIds } } }""");
        Assert.Equal("""[{"registrationId":"r2"},{"registrationId":"r3"},{"registrationId":"r1"}]""", Data(response, "profile", "devices").GetRawText());
        Assert.Equal("""[{"registrationId":"r2"}]""", Data(response, "profile", "two").GetRawText());
        Assert.Equal(3, Data(response, "profile", "identities", "registrationIds").GetArrayLength());
    }

    [Fact]
    public async Task A_device_bound_to_another_profile_is_an_identity_conflict()
    {
        await SeedAsync("a");
        await SeedAsync("b");
        await RunAsync("""mutation { upsertDevice(input: { profileId: "a", registrationId: "r1" }) { errors { ... on Error { message } } } }""");
        var response = await RunAsync("""mutation { upsertDevice(input: { profileId: "b", registrationId: "r1" }) { device { registrationId } errors { __typename ... on IdentityConflictError { identity boundUserId } } } }""");
        Assert.Equal("""{"device":null,"errors":[{"__typename":"IdentityConflictError","identity":"r1","boundUserId":"a"}]}""", Data(response, "upsertDevice").GetRawText());
    }
}

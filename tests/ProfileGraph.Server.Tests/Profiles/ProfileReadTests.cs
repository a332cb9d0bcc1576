using System.Text.Json;
using ProfileGraph.Data;

namespace ProfileGraph.Server.Tests.Profiles;

/// <summary>Batch reads, filtering, sorting and both paging styles over HTTP.</summary>
public abstract class ProfileReadTests(ProfileServerCache cache, StoreKind kind, string? postgres)
    : ProfileApiTestBase(cache, kind, postgres)
{
    private static async Task SeedAsync(ProjectClient api)
    {
        var rows = new[] { ("a", "Oslo", 3), ("b", "Rome", 1), ("c", "Oslo", 5), ("d", "Oslo", 2), ("e", "Lima", 4) };
        foreach (var (id, city, vip) in rows)
        {
            await api.DataAsync($$"""mutation { setProfile(input: { profileId: "{{id}}", city: "{{city}}", properties: { vipLevel: {{vip}} } }) { profile { profileId } } }""");
        }
    }

    [Fact]
    public async Task ProfilesByIds_keeps_the_input_order_with_null_and_a_not_found_error_at_the_unknown_position()
    {
        var api = await NewProjectAsync();
        await SeedAsync(api);
        var body = await api.RunAsync("""{ profilesByIds(profileIds: ["c", "missing", "a"]) { profileId city } }""");
        Assert.Equal("""[{"profileId":"c","city":"Oslo"},null,{"profileId":"a","city":"Oslo"}]""", At(body, "data", "profilesByIds").GetRawText());
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("PROFILE_NOT_FOUND", Code(error));
        Assert.Equal("""["profilesByIds",1]""", error.GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task ProfilesByIds_with_more_than_100_ids_is_an_invalid_argument()
    {
        var api = await NewProjectAsync();
        var ids = Enumerable.Range(0, 101).Select(i => "id" + i).ToArray();
        var body = await api.RunAsync("query($ids: [String!]!) { profilesByIds(profileIds: $ids) { profileId } }", new { ids });
        Assert.Equal("INVALID_ARGUMENT", Code(body.GetProperty("errors")[0]));
    }

    [Fact]
    public async Task Profiles_filters_sorts_and_pages_by_cursor_with_a_total_count()
    {
        var api = await NewProjectAsync();
        await SeedAsync(api);
        const string Query = """
            query($after: String) {
              profiles(first: 2, after: $after, where: { city: { eq: "Oslo" } }, order: [{ properties: { vipLevel: DESC } }]) {
                totalCount pageInfo { hasNextPage endCursor } nodes { profileId }
              }
            }
            """;
        var first = At(await api.DataAsync(Query, new { after = (string?)null }), "profiles");
        Assert.Equal(3, first.GetProperty("totalCount").GetInt32());
        Assert.Equal("c,a", ProfileWriteTests.Ids(first.GetProperty("nodes")));
        Assert.True(At(first, "pageInfo", "hasNextPage").GetBoolean());

        var second = At(await api.DataAsync(Query, new { after = At(first, "pageInfo", "endCursor").GetString() }), "profiles");
        Assert.Equal("d", ProfileWriteTests.Ids(second.GetProperty("nodes")));
        Assert.False(At(second, "pageInfo", "hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Profiles_combines_filters_with_or_and_range_operators()
    {
        var api = await NewProjectAsync();
        await SeedAsync(api);
        var body = await api.DataAsync("""{ profiles(where: { or: [{ city: { eq: "Rome" } }, { properties: { vipLevel: { gte: 4 } } }] }, order: [{ profileId: ASC }]) { nodes { profileId } } }""");
        Assert.Equal("b,c,e", ProfileWriteTests.Ids(At(body, "profiles", "nodes")));
    }

    [Fact]
    public async Task Profiles_filters_on_devices_with_some_all_none_and_any()
    {
        var api = await NewProjectAsync();
        await SeedAsync(api);
        foreach (var (profile, registration, platform) in new[] { ("a", "r1", "ios"), ("a", "r2", "android"), ("c", "r3", "ios") })
        {
            await api.DataAsync($$"""mutation { upsertDevice(input: { profileId: "{{profile}}", registrationId: "{{registration}}", platform: "{{platform}}" }) { device { registrationId } } }""");
        }

        var body = await api.DataAsync("""
            { some: profiles(where: { devices: { some: { platform: { eq: "ios" } } } }, order: [{ profileId: ASC }]) { nodes { profileId } }
              all: profiles(where: { devices: { all: { platform: { eq: "ios" } } } }, order: [{ profileId: ASC }]) { nodes { profileId } }
              none: profiles(where: { devices: { none: { platform: { eq: "ios" } } } }, order: [{ profileId: ASC }]) { nodes { profileId } }
              empty: profiles(where: { devices: { any: false } }, order: [{ profileId: ASC }]) { nodes { profileId } }
              both: profiles(where: { devices: { some: { and: [{ platform: { eq: "android" } }, { registrationId: { eq: "r1" } }] } } }) { nodes { profileId } } }
            """);
        Assert.Equal("a,c", ProfileWriteTests.Ids(At(body, "some", "nodes")));
        Assert.Equal("c", ProfileWriteTests.Ids(At(body, "all", "nodes")));
        Assert.Equal("b,d,e", ProfileWriteTests.Ids(At(body, "none", "nodes")));
        Assert.Equal("b,d,e", ProfileWriteTests.Ids(At(body, "empty", "nodes")));
        Assert.Equal("", ProfileWriteTests.Ids(At(body, "both", "nodes")));
    }

    [Fact]
    public async Task ProfilePage_pages_by_skip_and_take()
    {
        var api = await NewProjectAsync();
        await SeedAsync(api);
        var body = await api.DataAsync("""{ profilePage(skip: 1, take: 2, order: [{ profileId: ASC }]) { items { profileId } pageInfo { hasNextPage hasPreviousPage } totalCount } }""");
        Assert.Equal(
            """{"items":[{"profileId":"b"},{"profileId":"c"}],"pageInfo":{"hasNextPage":true,"hasPreviousPage":true},"totalCount":5}""",
            At(body, "profilePage").GetRawText());
    }

    [Fact]
    public async Task A_page_larger_than_1000_is_refused_as_HC0051()
    {
        var api = await NewProjectAsync();
        var body = await api.RunAsync("""{ profiles(first: 1001) { nodes { profileId } } }""");
        Assert.Equal("HC0051", Code(body.GetProperty("errors")[0]));
        Assert.Equal(JsonValueKind.Null, At(body, "data", "profiles").ValueKind);
    }
}

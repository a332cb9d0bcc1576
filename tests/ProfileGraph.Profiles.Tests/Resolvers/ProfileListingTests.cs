using System.Text.Json;

namespace ProfileGraph.Profiles.Tests.Resolvers;

public sealed class ProfileListingTests : ProfileApiTestBase
{
    private async Task SeedFiveAsync()
    {
        await SeedAsync("a", "nickname: \"amy\" gender: FEMALE groups: [\"vip\"]", "{ vipLevel: 5, hobby: [\"gym\"] }");
        await SeedAsync("b", "nickname: \"bob\" gender: MALE", "{ vipLevel: 1 }");
        await SeedAsync("c", "nickname: \"cara\" gender: FEMALE groups: [\"vip\", \"beta\"]", "{ vipLevel: 3, hobby: [\"chess\"] }");
        await SeedAsync("d", "nickname: \"dan\" gender: MALE", "{ vipLevel: 4 }");
        await SeedAsync("e", "nickname: \"eve\" gender: FEMALE");
    }

    private static string Ids(JsonElement list) => string.Join(",", list.EnumerateArray().Select(p => p.GetProperty("profileId").GetString()));

    [Fact]
    public async Task Filters_on_standard_fields_enums_lists_and_declared_properties_combine_with_and()
    {
        await SeedFiveAsync();
        var response = await RunAsync("""
            { profiles(where: { gender: { eq: FEMALE }, properties: { vipLevel: { gte: 3 } }, groups: { some: { eq: "vip" } } }, order: [{ profileId: ASC }]) {
                nodes { profileId } } }
            """);
        Assert.Equal("a,c", Ids(Data(response, "profiles", "nodes")));
    }

    [Fact]
    public async Task Or_and_string_operations_filter()
    {
        await SeedFiveAsync();
        var response = await RunAsync("""
            { profiles(where: { or: [{ nickname: { startsWith: "ca" } }, { nickname: { eq: "dan" } }] }, order: [{ profileId: ASC }]) { nodes { profileId } } }
            """);
        Assert.Equal("c,d", Ids(Data(response, "profiles", "nodes")));
    }

    [Fact]
    public async Task Sorting_by_a_declared_property_descending()
    {
        await SeedFiveAsync();
        var response = await RunAsync("""{ profiles(order: [{ properties: { vipLevel: DESC } }], where: { properties: { vipLevel: { neq: null } } }) { nodes { profileId } } }""");
        Assert.Equal("a,d,c,b", Ids(Data(response, "profiles", "nodes")));
    }

    [Fact]
    public async Task Cursor_pages_walk_forward_and_total_count_is_given_when_selected()
    {
        await SeedFiveAsync();
        var first = await RunAsync("""{ profiles(first: 2, order: [{ profileId: ASC }]) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { profileId } } } }""");
        var page = Data(first, "profiles");
        Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal("a,b", string.Join(",", page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("profileId").GetString())));

        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await RunAsync("query($after: String) { profiles(first: 2, after: $after, order: [{ profileId: ASC }]) { nodes { profileId } pageInfo { hasPreviousPage } } }", new { after = cursor });
        Assert.Equal("c,d", Ids(Data(second, "profiles", "nodes")));
        Assert.True(Data(second, "profiles", "pageInfo", "hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Only_total_count_can_be_selected()
    {
        await SeedFiveAsync();
        var response = await RunAsync("""{ profiles(where: { gender: { eq: MALE } }) { totalCount } }""");
        Assert.Equal(2, Data(response, "profiles", "totalCount").GetInt32());
    }

    [Fact]
    public async Task The_default_page_size_is_20()
    {
        for (var i = 0; i < 25; i++)
        {
            await SeedAsync($"p{i:00}");
        }

        var response = await RunAsync("""{ profiles { nodes { profileId } pageInfo { hasNextPage } } }""");
        Assert.Equal(20, Data(response, "profiles", "nodes").GetArrayLength());
        Assert.True(Data(response, "profiles", "pageInfo", "hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task A_page_size_over_1000_is_HC0051_and_1000_is_accepted()
    {
        Assert.Equal("HC0051", Codes(await RunAsync("""{ profiles(first: 1001) { nodes { profileId } } }""")));
        Assert.Equal("HC0051", Codes(await RunAsync("""{ profilePage(take: 1001) { items { profileId } } }""")));
        Assert.Equal(JsonValueKind.Array, Data(await RunAsync("""{ profiles(first: 1000) { nodes { profileId } } }"""), "profiles", "nodes").ValueKind);
    }

    [Fact]
    public async Task A_negative_page_size_is_HC0079() =>
        Assert.Equal("HC0079", Codes(await RunAsync("""{ profiles(first: -1) { nodes { profileId } } }""")));

    [Fact]
    public async Task A_bad_cursor_is_HC0078() =>
        Assert.Equal("HC0078", Codes(await RunAsync("""{ profiles(after: "bm9wZQ==") { nodes { profileId } } }""")));

    [Fact]
    public async Task Offset_pages_skip_and_take()
    {
        await SeedFiveAsync();
        var response = await RunAsync("""{ profilePage(skip: 1, take: 2, order: [{ nickname: DESC }]) { items { profileId } pageInfo { hasNextPage hasPreviousPage } totalCount } }""");
        Assert.Equal("d,c", Ids(Data(response, "profilePage", "items")));
        Assert.Equal("""{"hasNextPage":true,"hasPreviousPage":true}""", Data(response, "profilePage", "pageInfo").GetRawText());
        Assert.Equal(5, Data(response, "profilePage", "totalCount").GetInt32());
    }

    [Fact]
    public async Task Listing_stays_inside_the_callers_project()
    {
        await SeedFiveAsync();
        await SeedAsync("z", project: "p2");
        var response = await RunAsync("""{ profiles { totalCount nodes { profileId } } }""", project: "p2");
        Assert.Equal("z", Ids(Data(response, "profiles", "nodes")));
    }

    [Fact]
    public async Task Properties_capacity_sums_the_custom_property_bytes_of_the_project()
    {
        await SeedAsync("a", properties: "{ vipLevel: 5 }");
        await SeedAsync("b", properties: "{ member: \"gold\" }");
        var response = await RunAsync("""{ propertiesCapacity }""");
        Assert.Equal("""{"vipLevel":5}""".Length + """{"member":"gold"}""".Length, Data(response, "propertiesCapacity").GetInt64());
    }

    [Fact]
    public async Task Nested_identity_and_contact_fields_filter_and_sort()
    {
        await SeedAsync("a", "contacts: { email: \"a@example.com\" }");
        await SeedAsync("b", "contacts: { email: \"b@example.com\" }");
        await RunAsync("""mutation { identifyProfile(input: { anonymousId: "anon-9", userId: "b" }) { profile { profileId } } }""");
        var response = await RunAsync("""
            { byUser: profiles(where: { identities: { userId: { eq: "b" } } }) { nodes { profileId } }
              byAnon: profiles(where: { identities: { anonymousIds: { some: { eq: "anon-9" } } } }) { nodes { profileId } }
              sorted: profiles(order: [{ contacts: { email: DESC } }]) { nodes { profileId } } }
            """);
        Assert.Equal("b", Ids(Data(response, "byUser", "nodes")));
        Assert.Equal("b", Ids(Data(response, "byAnon", "nodes")));
        Assert.Equal("b,a", Ids(Data(response, "sorted", "nodes")));
    }

    [Fact]
    public async Task Devices_filter_with_some_all_none_and_any_per_device()
    {
        await SeedAsync("a");
        await SeedAsync("b");
        await SeedAsync("c");
        foreach (var (profile, reg, platform, when) in new[]
        {
            ("a", "r1", "ios", "2024-03-01T00:00:00Z"), ("a", "r2", "android", "2023-01-01T00:00:00Z"), ("b", "r3", "ios", "2022-06-01T00:00:00+02:00"),
        })
        {
            var r = await RunAsync($$"""mutation { upsertDevice(input: { profileId: "{{profile}}", registrationId: "{{reg}}", platform: "{{platform}}", lastActive: "{{when}}" }) { device { registrationId } } }""");
            Assert.Equal(reg, Data(r, "upsertDevice", "device", "registrationId").GetString());
        }

        var response = await RunAsync("""
            { some: profiles(where: { devices: { some: { platform: { eq: "ios" } } } }, order: [{ profileId: ASC }]) { nodes { profileId } }
              all: profiles(where: { devices: { all: { platform: { eq: "ios" } } } }, order: [{ profileId: ASC }]) { nodes { profileId } }
              none: profiles(where: { devices: { none: { platform: { eq: "android" } } } }, order: [{ profileId: ASC }]) { nodes { profileId } }
              any: profiles(where: { devices: { any: false } }, order: [{ profileId: ASC }]) { nodes { profileId } }
              perDevice: profiles(where: { devices: { some: { and: [{ platform: { eq: "android" } }, { lastActive: { gt: "2024-01-01T00:00:00Z" } }] } } }) { nodes { profileId } }
              orDevice: profiles(where: { devices: { some: { or: [{ platform: { eq: "android" } }, { lastActive: { lt: "2022-06-01T00:00:00Z" } }] } } }, order: [{ profileId: ASC }]) { nodes { profileId } } }
            """);
        Assert.Equal("a,b", Ids(Data(response, "some", "nodes")));
        Assert.Equal("b", Ids(Data(response, "all", "nodes")));
        Assert.Equal("b,c", Ids(Data(response, "none", "nodes")));
        Assert.Equal("c", Ids(Data(response, "any", "nodes")));
        Assert.Equal("", Ids(Data(response, "perDevice", "nodes")));
        Assert.Equal("a,b", Ids(Data(response, "orDevice", "nodes")));
    }

    [Fact]
    public async Task A_null_device_field_filter_is_an_argument_error() =>
        Assert.Equal("INVALID_ARGUMENT", Codes(await RunAsync("""{ profiles(where: { devices: { some: { platform: null } } }) { nodes { profileId } } }""")));

    [Fact]
    public async Task Nodes_resolves_each_global_id_and_null_for_unknown_ones()
    {
        await SeedAsync("a");
        var response = await RunAsync("""{ nodes(ids: ["UHJvZmlsZTph", "UHJvZmlsZTp6", "bm9wZQ=="]) { ... on Profile { profileId } } }""");
        Assert.Equal("""[{"profileId":"a"},null,null]""", Data(response, "nodes").GetRawText());
    }
}

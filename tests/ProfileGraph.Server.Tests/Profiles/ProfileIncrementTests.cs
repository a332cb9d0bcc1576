using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProfileGraph.Data;

namespace ProfileGraph.Server.Tests.Profiles;

/// <summary>
/// <c>updateProfile</c> with only <c>increment</c>: the store's one-statement increment when it applies, the
/// general path otherwise, with the same payloads and errors either way.
/// </summary>
public abstract class ProfileIncrementTests(ProfileServerCache cache, StoreKind kind, string? postgres)
    : ProfileApiTestBase(cache, kind, postgres)
{
    private const string Result = "profile { version propertiesSize attributes properties { points } } errors { __typename ... on Error { message } }";

    private static async Task SetAsync(ProjectClient api, string id, string properties) =>
        await api.DataAsync($$"""mutation { setProfile(input: { profileId: "{{id}}", properties: {{properties}} }) { profile { profileId } } }""");

    private static async Task<JsonElement> IncrementAsync(ProjectClient api, string id, string increment, string extra = "") =>
        At(await api.DataAsync($$"""mutation { updateProfile(input: { profileId: "{{id}}", increment: {{increment}} {{extra}} }) { {{Result}} } }"""), "updateProfile");

    private static async Task<string> StoredAsync(ProjectClient api, string id) =>
        At(await api.DataAsync($$"""{ profile(profileId: "{{id}}") { version propertiesSize attributes } }"""), "profile").GetRawText();

    [Fact]
    public async Task Increment_of_an_Int_answers_as_the_general_path_does()
    {
        var api = await NewProjectAsync();
        await SetAsync(api, "fast", """{ points: 98, member: "Zoë" }""");
        await SetAsync(api, "general", """{ points: 98, member: "Zoë" }""");
        var fast = await IncrementAsync(api, "fast", "{ points: 2 }");
        var general = await IncrementAsync(api, "general", "{ points: 2 }", """unset: ["absent"]""");
        Assert.Equal(Encoding.UTF8.GetByteCount("""{"points":100,"member":"Zoë"}"""), At(fast, "profile", "propertiesSize").GetInt32());
        Assert.Equal(100, At(fast, "profile", "properties", "points").GetInt32());
        Assert.Equal(general.GetRawText(), fast.GetRawText());
        Assert.Equal(await StoredAsync(api, "general"), await StoredAsync(api, "fast"));
        await AssertCapacityExactAsync(api, "fast", "general");
    }

    [Fact]
    public async Task Increment_of_an_absent_property_creates_it()
    {
        var api = await NewProjectAsync();
        await SetAsync(api, "u1", "{ member: \"gold\" }");
        var created = await IncrementAsync(api, "u1", "{ points: 3, visits: 2 }");
        Assert.Equal("""{"points":3,"member":"gold","visits":2}""".Length, At(created, "profile", "propertiesSize").GetInt32());
        Assert.Equal(3, At(created, "profile", "properties", "points").GetInt32());
        var missing = await IncrementAsync(api, "nobody", "{ points: 1 }");
        Assert.Equal("ProfileNotFoundError", At(missing, "errors", 0, "__typename").GetString());
        await AssertCapacityExactAsync(api, "u1");
    }

    [Fact]
    public async Task Increment_of_a_non_number_is_an_invalid_property_error_and_nothing_is_written()
    {
        var api = await NewProjectAsync();
        await SetAsync(api, "u1", "{ label: \"x\", points: 1 }");
        var before = await StoredAsync(api, "u1");
        var rejected = await IncrementAsync(api, "u1", "{ label: 1 }");
        Assert.Equal("""{"profile":null,"errors":[{"__typename":"InvalidPropertyError","message":"'label': Only numbers can be incremented."}]}""", rejected.GetRawText());
        Assert.Equal(before, await StoredAsync(api, "u1"));
    }

    [Fact]
    public async Task Increment_of_an_Int_past_its_range_is_an_invalid_property_error_and_nothing_is_written()
    {
        var api = await NewProjectAsync();
        await SetAsync(api, "u1", "{ points: 2147483647 }");
        var before = await StoredAsync(api, "u1");
        var rejected = await IncrementAsync(api, "u1", "{ points: 1 }");
        Assert.Equal("""{"profile":null,"errors":[{"__typename":"InvalidPropertyError","message":"'points': The property is declared as Int."}]}""", rejected.GetRawText());
        Assert.Equal(before, await StoredAsync(api, "u1"));
        Assert.Equal(2147483646, At(await IncrementAsync(api, "u1", "{ points: -1 }"), "profile", "properties", "points").GetInt64());
    }

    [Fact]
    public async Task An_increment_that_adds_a_digit_past_the_size_limit_is_refused()
    {
        var api = await NewProjectAsync();
        var properties = new JsonObject { ["points"] = 9 };
        for (var i = 0; PropertyBytes.Measure(properties) < 4096 - 255; i++)
        {
            properties[$"s{i}"] = new string('x', 200);
        }

        properties["last"] = "";
        properties["last"] = new string('y', 4096 - PropertyBytes.Measure(properties));
        Assert.Equal(4096, PropertyBytes.Measure(properties));
        await api.DataAsync("""mutation($p: JSON) { setProfile(input: { profileId: "u1", properties: $p }) { profile { profileId } } }""", new { p = properties });
        var before = await StoredAsync(api, "u1");

        var refused = await IncrementAsync(api, "u1", "{ points: 1 }");
        Assert.Equal("""{"profile":null,"errors":[{"__typename":"LimitExceededError","message":"The limit 'propertiesBytes' is 4096; the write needs 4097."}]}""", refused.GetRawText());
        Assert.Equal(before, await StoredAsync(api, "u1"));
        Assert.Equal(4096, At(await IncrementAsync(api, "u1", "{ points: -1 }"), "profile", "propertiesSize").GetInt32());
        await AssertCapacityExactAsync(api, "u1");
    }

    [Fact]
    public async Task Increment_at_another_version_is_a_version_conflict()
    {
        var api = await NewProjectAsync();
        await SetAsync(api, "u1", "{ points: 1 }");
        var conflict = await IncrementAsync(api, "u1", "{ points: 1 }", "expectedVersion: 5");
        Assert.Equal("""{"profile":null,"errors":[{"__typename":"VersionConflictError","message":"The profile 'u1' has version 1, not the expected 5."}]}""", conflict.GetRawText());
        var applied = await IncrementAsync(api, "u1", "{ points: 1 }", "expectedVersion: 1");
        Assert.Equal(2, At(applied, "profile", "version").GetInt64());
        Assert.Equal(2, At(applied, "profile", "properties", "points").GetInt64());
    }

    [Fact]
    public async Task Concurrent_increments_lose_nothing_and_keep_the_capacity_exact()
    {
        var api = await NewProjectAsync();
        var ids = new[] { "c0", "c1", "c2", "c3" };
        foreach (var id in ids)
        {
            await SetAsync(api, id, "{ points: 0, member: \"m\" }");
        }

        // 32 writers × 50 increments; two per request keeps the project under its requests-per-minute limit.
        await Task.WhenAll(Enumerable.Range(0, 32).Select(writer => Task.Run(async () =>
        {
            var id = ids[writer % ids.Length];
            for (var i = 0; i < 25; i++)
            {
                var answer = await api.DataAsync($$"""
                    mutation {
                      a: updateProfile(input: { profileId: "{{id}}", increment: { points: 1 } }) { errors { __typename } }
                      b: updateProfile(input: { profileId: "{{id}}", increment: { points: 1 } }) { errors { __typename } }
                    }
                    """);
                Assert.Equal("""{"a":{"errors":null},"b":{"errors":null}}""", answer.GetRawText());
            }
        })));

        foreach (var id in ids)
        {
            var profile = At(await api.DataAsync($$"""{ profile(profileId: "{{id}}") { version properties { points } } }"""), "profile");
            Assert.Equal(400, At(profile, "properties", "points").GetInt32());
            Assert.Equal(401, At(profile, "version").GetInt64());
        }

        await AssertCapacityExactAsync(api, ids);
    }

    /// <summary>The project capacity is the sum of the profiles' measured sizes, and each stored size field holds its measure.</summary>
    private static async Task AssertCapacityExactAsync(ProjectClient api, params string[] ids)
    {
        long total = 0;
        foreach (var id in ids)
        {
            var size = At(await api.DataAsync($$"""{ profile(profileId: "{{id}}") { propertiesSize } }"""), "profile", "propertiesSize").GetInt32();
            var stored = await api.DataAsync($$"""{ profiles(where: { profileId: { eq: "{{id}}" }, propertiesSize: { eq: {{size}} } }) { nodes { profileId } } }""");
            Assert.Equal(1, At(stored, "profiles", "nodes").GetArrayLength());
            total += size;
        }

        Assert.Equal(total, At(await api.DataAsync("{ propertiesCapacity }"), "propertiesCapacity").GetInt64());
    }
}

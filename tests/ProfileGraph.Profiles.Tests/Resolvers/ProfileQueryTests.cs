using System.Text.Json;

namespace ProfileGraph.Profiles.Tests.Resolvers;

public sealed class ProfileQueryTests : IAsyncLifetime
{
    private readonly ProfileApi _api = new();

    public Task InitializeAsync() => _api.InitializeAsync();

    public Task DisposeAsync() => _api.DisposeAsync();

    private static string Json(JsonElement e) => e.GetRawText();

    [Fact]
    public async Task Set_profile_then_read_it_back()
    {
        var set = await _api.RunAsync("""
            mutation { setProfile(input: { profileId: "u1", firstName: "Ada", email: "ada@example.com", gender: FEMALE,
              contacts: { mobilePhone: "+100" }, groups: ["beta"], properties: { vipLevel: 3, hobby: ["chess"], custom: "x" } }) {
              profile { profileId firstName } errors { __typename } } }
            """);
        Assert.Equal("""{"data":{"setProfile":{"profile":{"profileId":"u1","firstName":"Ada"},"errors":null}}}""", Json(set));

        var read = await _api.RunAsync("""
            { profile(profileId: "u1") { id profileId firstName email gender contacts { mobilePhone } groups
              properties { vipLevel hobby member } property(key: "custom") attributes(keys: ["vipLevel"]) version } }
            """);
        Assert.Equal(
            """{"data":{"profile":{"id":"UHJvZmlsZTp1MQ==","profileId":"u1","firstName":"Ada","email":"ada@example.com","gender":"FEMALE","contacts":{"mobilePhone":"+100"},"groups":["beta"],"properties":{"vipLevel":3,"hobby":["chess"],"member":null},"property":"x","attributes":{"vipLevel":3},"version":1}}}""",
            Json(read));
    }
}

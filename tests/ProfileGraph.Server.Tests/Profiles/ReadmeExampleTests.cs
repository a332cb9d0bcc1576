using System.Text.Json;
using ProfileGraph.Data;

namespace ProfileGraph.Server.Tests.Profiles;

/// <summary>Runs every README migration document over HTTP, in order, in one project.</summary>
public abstract class ReadmeExampleTests(ProfileServerCache cache, StoreKind kind, string? postgres)
    : ProfileApiTestBase(cache, kind, postgres)
{
    [Fact]
    public void The_readme_shows_a_document_for_every_rest_call()
    {
        // set, set-once, increment, append, unset, batch query, list (offset and cursor), batch update,
        // account update, attributes get/set/delete/capacity
        Assert.Equal(14, ReadmeExamples.Load().Count);
    }

    [Fact]
    public async Task Every_readme_document_runs_without_errors()
    {
        var api = await NewProjectAsync();
        var results = new List<JsonElement>();
        foreach (var document in ReadmeExamples.Load())
        {
            var body = await api.RunAsync(document);
            Assert.False(body.TryGetProperty("errors", out _), document + "\n" + body.GetRawText());
            AssertNoPayloadErrors(body.GetProperty("data"), document);
            results.Add(body.GetProperty("data"));
        }

        var byIds = At(results[5], "profilesByIds");
        Assert.Equal("u1,u2", ProfileWriteTests.Ids(byIds));
        Assert.Equal("""{"vipLevel":2,"points":15,"hobby":["chess","gym"]}""", At(byIds, 0, "properties").GetRawText());
        Assert.Equal(1, At(results[6], "profilePage", "totalCount").GetInt32());
        Assert.Equal(2, At(results[7], "profiles", "totalCount").GetInt32());
        Assert.Equal(1, At(results[8], "updateProfiles", "matchedCount").GetInt32());
        Assert.Equal("""{"username":"ada","email":"ada@example.com","phone":"+4712345678","phoneVerified":false}""",
            At(results[9], "updateAccount", "profile", "account").GetRawText());
        Assert.Equal(16, At(results[10], "profile", "points").GetInt32());
        Assert.Equal("green", At(results[11], "updateProfile", "profile", "attributes", "favouriteColour").GetString());
        Assert.False(At(results[12], "deleteProperties", "profile", "attributes").TryGetProperty("favouriteColour", out _));
        Assert.True(At(results[13], "propertiesCapacity").GetInt64() > 0);
    }

    private static void AssertNoPayloadErrors(JsonElement element, string document)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("errors"))
                    {
                        Assert.True(property.Value.ValueKind == JsonValueKind.Null, document + "\n" + property.Value.GetRawText());
                    }

                    AssertNoPayloadErrors(property.Value, document);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AssertNoPayloadErrors(item, document);
                }

                break;
        }
    }
}

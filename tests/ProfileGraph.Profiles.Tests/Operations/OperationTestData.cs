using System.Text.Json.Nodes;
using ProfileGraph.Profiles.Operations;
using ProfileGraph.Profiles.Properties;

namespace ProfileGraph.Profiles.Tests.Operations;

/// <summary>The shipped declaration and short ways to write operations in tests.</summary>
internal static class OperationTestData
{
    public static PropertyDeclarations Shipped { get; } = new(
    [
        new("vipLevel", PropertyScalar.Int, false),
        new("points", PropertyScalar.Int, false),
        new("userPoint", PropertyScalar.Int, false),
        new("hobby", PropertyScalar.String, true),
        new("interest", PropertyScalar.String, true),
        new("member", PropertyScalar.String, false),
        new("registerTime", PropertyScalar.DateTime, false),
    ]);

    public static IReadOnlyDictionary<string, JsonNode?> Json(string json) =>
        JsonNode.Parse(json)!.AsObject().ToDictionary(p => p.Key, p => p.Value?.DeepClone(), StringComparer.Ordinal);

    public static JsonObject Props(string json) => JsonNode.Parse(json)!.AsObject();

    public static PropertyOperations Set(string json) => new() { Set = Json(json) };
}

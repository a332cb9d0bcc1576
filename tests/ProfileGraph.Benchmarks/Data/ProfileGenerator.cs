using System.Globalization;
using System.Text.Json.Nodes;
using ProfileGraph.Data;

namespace ProfileGraph.Benchmarks.Data;

/// <summary>Deterministic synthetic profiles (~350 bytes each) and the schema that describes them.</summary>
internal static class ProfileGenerator
{
    private static readonly string[] FirstNames = Enumerable.Range(0, 200).Select(i => "Name" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
    private static readonly string[] Tags = Enumerable.Range(0, 20).Select(i => "tag" + i.ToString(CultureInfo.InvariantCulture)).ToArray();

    public static DocumentSchema Schema() => new DocumentSchema()
        .Add("firstName", FieldType.String, indexed: true)
        .Add("lastName", FieldType.String)
        .Add("email", FieldType.String, indexed: true)
        .Add("age", FieldType.Int, indexed: true)
        .Add("score", FieldType.Float)
        .Add("active", FieldType.Bool)
        .Add("tags", FieldType.String, list: true, indexed: true)
        .AddObject("properties", open: true)
        .Add("properties.vipLevel", FieldType.Int, indexed: true)
        .Add("properties.visits", FieldType.Int);

    public static string Id(int i) => "p" + i.ToString("D7", CultureInfo.InvariantCulture);

    public static IEnumerable<KeyValuePair<string, JsonObject>> Generate(int from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            var random = new Random(i);
            var tags = new JsonArray(Enumerable.Range(0, random.Next(4)).Select(_ => (JsonNode)JsonValue.Create(Tags[random.Next(Tags.Length)])).ToArray());
            yield return new(Id(i), new JsonObject
            {
                ["firstName"] = FirstNames[random.Next(FirstNames.Length)],
                ["lastName"] = "Last" + random.Next(1000).ToString(CultureInfo.InvariantCulture),
                ["email"] = $"user{i}@example.com",
                ["age"] = 18 + random.Next(73),
                ["score"] = Math.Round(random.NextDouble() * 100, 2),
                ["active"] = random.Next(2) == 0,
                ["tags"] = tags,
                ["properties"] = new JsonObject
                {
                    ["vipLevel"] = random.Next(6),
                    ["visits"] = random.Next(500),
                    ["nickname"] = "nick" + random.Next(100000).ToString(CultureInfo.InvariantCulture),
                    ["plan"] = random.Next(3) switch { 0 => "free", 1 => "pro", _ => "team" },
                },
            });
        }
    }
}

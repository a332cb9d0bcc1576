using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProfileGraph.Profiles.Resolvers;

/// <summary>Conversions between stored JSON and the runtime values the engine serializes.</summary>
internal static class JsonValues
{
    /// <summary>A leaf or list as a CLR value: string, long, double, bool, or a list of those; objects become dictionaries.</summary>
    public static object? ToClr(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => array.Select(ToClr).ToList(),
        JsonObject obj => ToDictionary(obj),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => ToNumber(value),
            _ => null,
        },
        _ => null,
    };

    public static IReadOnlyDictionary<string, object?> ToDictionary(JsonObject? obj)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (obj is not null)
        {
            foreach (var (key, value) in obj)
            {
                result[key] = ToClr(value);
            }
        }

        return result;
    }

    /// <summary>A runtime input value (from the engine's coercion) as a JSON node.</summary>
    public static JsonNode? FromClr(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        JsonElement element => element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : JsonNode.Parse(element.GetRawText()),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        DateTimeOffset t => JsonValue.Create(t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)),
        IEnumerable<object?> list => new JsonArray(list.Select(FromClr).ToArray()),
        _ => JsonSerializer.SerializeToNode(value),
    };

    public static string? String(JsonObject? obj, string key) => obj?[key] switch
    {
        // A string read from the store is a plain string value: taken as is, without asking its kind first.
        JsonValue value when value.TryGetValue(out string? text) => text,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => null,
    };

    private static object ToNumber(JsonValue value)
    {
        if (value.TryGetValue(out long plain))
        {
            return plain;
        }

        // A number read from the store keeps its text in a JsonElement, which parses it without writing it out again.
        if (value.TryGetValue(out JsonElement element))
        {
            if (element.TryGetInt64(out var integer))
            {
                return integer;
            }

            if (element.TryGetDouble(out var real))
            {
                return real;
            }
        }

        var text = value.ToJsonString();
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProfileGraph.Data.Storage;

/// <summary>
/// Turns JSON text read from the database into nodes in one pass. Strings and booleans become plain values
/// (decoded once, not on every read as a node over a parsed document would be); a projected plain integer is a
/// long; other numbers keep their exact text as a <see cref="JsonElement"/>, as
/// <see cref="JsonNode.Parse(string, JsonNodeOptions?, JsonDocumentOptions)"/> keeps them.
/// </summary>
internal static class StoredJson
{
    /// <summary>The node for <paramref name="text"/>; null for the JSON literal <c>null</c>.</summary>
    public static JsonNode? Parse(string text)
    {
        // Most projected values are plain strings: without a backslash the text between the quotes is the value.
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"' && !text.AsSpan(1, text.Length - 2).Contains('\\'))
        {
            return JsonValue.Create(text[1..^1]);
        }

        // Counters and levels: a plain integer is held as a long, with no document behind it; its text is the same.
        if (IsPlainInteger(text) && long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            var reader = new Utf8JsonReader(buffer.AsSpan(0, length));
            reader.Read();
            return ReadValue(ref reader);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // An optional minus and 1 to 18 digits, no leading zero (as JSON writes them), so the long writes back the same text.
    private static bool IsPlainInteger(string text)
    {
        var digits = text.AsSpan(text.StartsWith('-') ? 1 : 0);
        return digits.Length is > 0 and <= 18 && (digits[0] != '0' || (digits.Length == 1 && text.Length == 1)) && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static JsonNode? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonObject();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    obj[name] = ReadValue(ref reader);
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonArray();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Add(ReadValue(ref reader));
                }

                return array;
            case JsonTokenType.String:
                return JsonValue.Create(reader.GetString()!);
            case JsonTokenType.True:
                return JsonValue.Create(true);
            case JsonTokenType.False:
                return JsonValue.Create(false);
            case JsonTokenType.Null:
                return null;
            default:
                return JsonValue.Create(JsonElement.ParseValue(ref reader));
        }
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProfileGraph.Data.Sql;

namespace ProfileGraph.Data.Updates;

/// <summary>
/// Checks written values against the schema and normalizes them: nulls are dropped (null and missing are one
/// value), datetimes become UTC ISO text. Undeclared paths are allowed only under an open object.
/// </summary>
internal static partial class BodyValidator
{
    public static JsonObject Normalize(DocumentSchema schema, JsonObject body, string prefix = "", bool open = false)
    {
        var result = new JsonObject();
        foreach (var (key, value) in body)
        {
            var path = prefix.Length == 0 ? key : prefix + "." + key;
            FieldPath.CheckSegment(key, path);
            if (value is null)
            {
                continue;
            }

            result[key] = NormalizeAt(schema, path, value, open);
        }

        return result;
    }

    /// <summary>The normalized value to store at <paramref name="path"/>; <paramref name="open"/> when an open parent was seen.</summary>
    public static JsonNode NormalizeAt(DocumentSchema schema, string path, JsonNode value, bool open)
    {
        if (schema.TryGet(path, out var field))
        {
            if (field.IsMeta)
            {
                throw QueryErrors.ReadOnlyPath(path);
            }

            if (field.IsObjectList)
            {
                return ObjectList(field, value);
            }

            if (field.Type == FieldType.Object)
            {
                return value is JsonObject obj
                    ? Normalize(schema, obj, path, open || field.IsOpen)
                    : throw QueryErrors.TypeMismatch(path, "an object", Kind(value));
            }

            return field.IsList ? List(field, value) : Scalar(field, value);
        }

        if (!open && schema.OpenParentOf(path) is null)
        {
            throw QueryErrors.UnknownPath(path);
        }

        return value is JsonObject child ? Normalize(schema, child, path, true) : value.DeepClone();
    }

    public static JsonNode Scalar(FieldDefinition field, JsonNode value) => Check(field, value) switch
    {
        { Text: { } text } => JsonValue.Create(text),
        { AsGiven: true } => value.DeepClone(),
        var leaf => JsonValue.Create(leaf.Integer),
    };

    /// <summary>The stored form of a scalar value: the value as given, an integer (Int fields) or UTC text (DateTime fields).</summary>
    private readonly record struct Leaf(bool AsGiven, long Integer = 0, string? Text = null);

    private static Leaf Check(FieldDefinition field, JsonNode value)
    {
        var kind = value.GetValueKind();
        switch (field.Type)
        {
            case FieldType.String when kind == JsonValueKind.String:
            case FieldType.Bool when kind is JsonValueKind.True or JsonValueKind.False:
            case FieldType.Float when kind == JsonValueKind.Number:
                return new(AsGiven: true);
            case FieldType.Int when kind == JsonValueKind.Number && TryGetInteger(value, out var l):
                return new(AsGiven: false, Integer: l);
            case FieldType.DateTime when kind == JsonValueKind.String
                && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t):
                return new(AsGiven: false, Text: ValueCoercer.FormatDateTime(t));
            default:
                throw QueryErrors.TypeMismatch(field.Path, ValueCoercer.Expected(field.Type), Kind(value));
        }
    }

    // An integer is a number whose JSON text is one: 5 is, 5.0 and 5e0 are not (and stay out of range). A value held as
    // a CLR int or long, or parsed from JSON, answers without formatting its text.
    private static bool TryGetInteger(JsonNode value, out long integer)
    {
        if (value is JsonValue held)
        {
            if (held.TryGetValue<long>(out integer))
            {
                return true;
            }

            if (held.TryGetValue<int>(out var small))
            {
                integer = small;
                return true;
            }

            if (held.TryGetValue<JsonElement>(out var element))
            {
                return element.TryGetInt64(out integer);
            }
        }

        return long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out integer);
    }

    private static JsonArray List(FieldDefinition field, JsonNode value)
    {
        if (value is not JsonArray array)
        {
            throw QueryErrors.TypeMismatch(field.Path, "a list", Kind(value));
        }

        return new JsonArray(array.Select(item => item is null
            ? throw QueryErrors.TypeMismatch(field.Path, ValueCoercer.Expected(field.Type), null)
            : Scalar(field, item)).ToArray());
    }

    // Declared item fields are checked and normalized like scalars (so datetimes compare as text); the rest is kept.
    private static JsonArray ObjectList(FieldDefinition field, JsonNode value)
    {
        if (value is not JsonArray array)
        {
            throw QueryErrors.TypeMismatch(field.Path, "a list", Kind(value));
        }

        var items = new List<JsonNode?>();
        foreach (var item in array)
        {
            if (item is not JsonObject obj)
            {
                throw QueryErrors.TypeMismatch(field.Path, "an object", Kind(item));
            }

            var normalized = new JsonObject();
            foreach (var (key, child) in obj)
            {
                if (child is not null)
                {
                    normalized[key] = field.ItemFields.TryGetValue(key, out var itemField) ? Scalar(itemField, child) : child.DeepClone();
                }
            }

            items.Add(normalized);
        }

        return new JsonArray([.. items]);
    }

    private static object? Kind(JsonNode? value) => value?.GetValueKind() switch
    {
        JsonValueKind.String => "",
        JsonValueKind.True or JsonValueKind.False => true,
        JsonValueKind.Number => 0.0,
        null => null,
        var other => other,
    };
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProfileGraph.Profiles.Properties;

namespace ProfileGraph.Profiles.Rules;

/// <summary>A value written to a declared custom property must have the declared type.</summary>
internal static class DeclaredTypeRule
{
    /// <summary>Returns a type-mismatch violation, or null when <paramref name="value"/> fits <paramref name="declaration"/>.</summary>
    public static FieldViolation? Check(PropertyDeclaration declaration, JsonNode? value)
    {
        var fits = declaration.IsList ? value is JsonArray array && AllFit(declaration.Scalar, array) : FitsScalar(declaration.Scalar, value);
        return fits ? null : ViolationMessages.TypeMismatch(declaration.Name, declaration.GraphQLType);
    }

    // A loop rather than a lambda: this runs for every declared property read, and a lambda capturing the scalar
    // would allocate its closure on each call.
    private static bool AllFit(PropertyScalar scalar, JsonArray array)
    {
        foreach (var item in array)
        {
            if (!FitsScalar(scalar, item))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether one list item or plain value fits <paramref name="scalar"/>.</summary>
    public static bool FitsScalar(PropertyScalar scalar, JsonNode? value)
    {
        if (value is not JsonValue json)
        {
            return false;
        }

        var kind = json.GetValueKind();
        return scalar switch
        {
            PropertyScalar.Int => kind == JsonValueKind.Number && TryInteger(json, out var l) && l is >= int.MinValue and <= int.MaxValue,
            PropertyScalar.Long => kind == JsonValueKind.Number && TryInteger(json, out _),
            PropertyScalar.Float => kind == JsonValueKind.Number,
            PropertyScalar.String => kind == JsonValueKind.String,
            PropertyScalar.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
            PropertyScalar.DateTime => kind == JsonValueKind.String && IsDateTime(json.GetValue<string>()),
            _ => false,
        };
    }

    private static bool TryInteger(JsonValue value, out long result)
    {
        if (value.TryGetValue(out long direct))
        {
            result = direct;
            return true;
        }

        // A JsonValue built from a parsed document holds a JsonElement; its raw text decides.
        if (value.TryGetValue(out JsonElement element) && element.TryGetInt64(out result))
        {
            return true;
        }

        if (value.TryGetValue(out int small))
        {
            result = small;
            return true;
        }

        result = 0;
        return false;
    }

    private static bool IsDateTime(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _)
        && text.Contains('T', StringComparison.Ordinal);
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProfileGraph.Profiles.Rules;

/// <summary>
/// Custom property values: a string of at most 255 characters, a number, a boolean, or a list of at
/// most 100 of those. Null, objects and nested lists are refused.
/// </summary>
internal static class PropertyValueRule
{
    public const int MaxStringLength = 255;
    public const int MaxListItems = 100;

    /// <summary>Returns the violation of <paramref name="value"/> stored under <paramref name="key"/>, or null.</summary>
    public static FieldViolation? Check(string key, JsonNode? value)
    {
        if (value is JsonArray array)
        {
            if (array.Count > MaxListItems)
            {
                return ViolationMessages.ListTooLong(key, MaxListItems);
            }

            foreach (var item in array)
            {
                if (CheckScalar(key, item) is { } itemViolation)
                {
                    return itemViolation;
                }
            }

            return null;
        }

        return CheckScalar(key, value);
    }

    /// <summary>Checks one non-list value.</summary>
    public static FieldViolation? CheckScalar(string key, JsonNode? value)
    {
        if (value is not JsonValue scalar)
        {
            return ViolationMessages.InvalidValueType(key);
        }

        switch (scalar.GetValueKind())
        {
            case JsonValueKind.String:
                return CharacterCount(scalar.GetValue<string>()) > MaxStringLength
                    ? ViolationMessages.StringTooLong(key, MaxStringLength)
                    : null;
            case JsonValueKind.Number:
            case JsonValueKind.True:
            case JsonValueKind.False:
                return null;
            default:
                return ViolationMessages.InvalidValueType(key);
        }
    }

    /// <summary>Counts Unicode scalar values, so an emoji is one character as users count it.</summary>
    public static int CharacterCount(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProfileGraph.Data.Sql;

/// <summary>
/// Turns a caller's filter value into the canonical CLR value for a field type
/// (string, long, double, bool, or DateTimeOffset for datetimes), or throws TYPE_MISMATCH.
/// </summary>
internal static class ValueCoercer
{
    public const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static object Coerce(FieldDefinition field, FieldType type, object value)
    {
        value = Unwrap(value) ?? throw QueryErrors.TypeMismatch(field.Path, Expected(type), null);
        switch (type)
        {
            case FieldType.String when value is string s:
                return s;
            case FieldType.Int when value is int or long or short or byte or sbyte or uint or ushort:
                return Convert.ToInt64(value, CultureInfo.InvariantCulture);
            case FieldType.Int when value is double or float or decimal && IsIntegral(value):
                return Convert.ToInt64(value, CultureInfo.InvariantCulture);
            case FieldType.Float when value is int or long or short or byte or sbyte or uint or ushort or double or float or decimal:
                return Convert.ToDouble(value, CultureInfo.InvariantCulture);
            case FieldType.Bool when value is bool b:
                return b;
            case FieldType.DateTime when value is DateTimeOffset dto:
                return Truncate(dto);
            case FieldType.DateTime when value is DateTime dt:
                return Truncate(new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt));
            case FieldType.DateTime when value is string text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed):
                return Truncate(parsed);
            default:
                throw QueryErrors.TypeMismatch(field.Path, Expected(type), value);
        }
    }

    public static string FormatDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString(DateTimeFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    public static string Expected(FieldType type) => type switch
    {
        FieldType.String => "a string",
        FieldType.Int => "an integer",
        FieldType.Float => "a number",
        FieldType.Bool => "a boolean",
        FieldType.DateTime => "a date-time",
        _ => "an object",
    };

    private static bool IsIntegral(object value)
    {
        var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        return Math.Floor(d) == d && Math.Abs(d) < 9.2e18;
    }

    private static object? Unwrap(object? value) => value switch
    {
        JsonElement e => e.ValueKind switch
        {
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => e,
        },
        JsonValue v => Unwrap(JsonDocument.Parse(v.ToJsonString()).RootElement.Clone()),
        _ => value,
    };

    public static bool IsNull(object? value) => Unwrap(value) is null;
}

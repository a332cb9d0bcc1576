using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types.Coercion;

namespace ProfileGraph.GraphQL.Types.Scalars;

/// <summary>
/// HotChocolate's <c>DateTime</c> scalar: an ISO-8601 / RFC 3339 date and time with an offset, held as
/// <see cref="DateTimeOffset"/> and written as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> (UTC) or
/// <c>yyyy-MM-ddTHH:mm:ss.fffzzz</c>.
/// </summary>
internal sealed partial class DateTimeType : ScalarType
{
    private const string UtcFormat = "yyyy-MM-ddTHH\\:mm\\:ss.fffZ";
    private const string LocalFormat = "yyyy-MM-ddTHH\\:mm\\:ss.fffzzz";

    internal DateTimeType()
        : base(
            "DateTime",
            "The `DateTime` scalar represents an ISO-8601 compliant date time type.",
            "https://www.graphql-scalars.com/date-time")
    {
    }

    /// <inheritdoc />
    public override object? ParseLiteral(IValueNode literal) => literal is StringValueNode s
        ? Parse(s.Value)
        : throw new ScalarCoercionException(CoercionErrors.ScalarCannotParseLiteral(Name, literal));

    /// <inheritdoc />
    public override object? ParseValue(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? Parse(value.GetString()!)
        : throw new ScalarCoercionException(CoercionErrors.ScalarCannotParseValue(Name, value.GetRawText()));

    /// <inheritdoc />
    public override void Serialize(object value, Utf8JsonWriter writer) => writer.WriteStringValue(Format(value));

    /// <inheritdoc />
    public override IValueNode ToLiteral(object? value) => value is null
        ? new NullValueNode()
        : new StringValueNode(Format(value));

    private DateTimeOffset Parse(string text)
    {
        if (DateTimePattern().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        throw new ScalarCoercionException(CoercionErrors.DateTimeInvalid(text));
    }

    private string Format(object value)
    {
        switch (value)
        {
            case DateTimeOffset offset:
                return offset.Offset == TimeSpan.Zero
                    ? offset.ToString(UtcFormat, CultureInfo.InvariantCulture)
                    : offset.ToString(LocalFormat, CultureInfo.InvariantCulture);
            case DateTime dateTime:
                return dateTime.Kind == DateTimeKind.Utc
                    ? dateTime.ToString(UtcFormat, CultureInfo.InvariantCulture)
                    : new DateTimeOffset(dateTime).ToString(LocalFormat, CultureInfo.InvariantCulture);
            case string s:
                return Format(Parse(s));
            case JsonElement { ValueKind: JsonValueKind.String } e:
                return Format(Parse(e.GetString()!));
            default:
                throw new ScalarCoercionException(CoercionErrors.ScalarCannotSerialize(Name, value));
        }
    }

    // RFC 3339 date-time: a full date, a time with optional fraction, and a Z or numeric offset.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();
}

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
    // The UTC form, yyyy-MM-ddTHH:mm:ss.fffZ, is written and recognised by hand from this template: every '0'
    // is a digit of one of UtcFields, every other character stands as it is. Other offsets use LocalFormat.
    private const string UtcTemplate = "0000-00-00T00:00:00.000Z";
    private const string LocalFormat = "yyyy-MM-ddTHH\\:mm\\:ss.fffzzz";

    // Year, month, day, hour, minute, second and millisecond: where their digits stand in UtcTemplate.
    private static readonly (int Start, int Length)[] UtcFields = [(0, 4), (5, 2), (8, 2), (11, 2), (14, 2), (17, 2), (20, 3)];

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
    public override void Serialize(object value, Utf8JsonWriter writer)
    {
        if (AsUtc(value) is { } utc)
        {
            Span<char> text = stackalloc char[UtcTemplate.Length];
            WriteUtc(utc, text);
            writer.WriteStringValue(text);
            return;
        }

        writer.WriteStringValue(Format(value));
    }

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
        if (AsUtc(value) is { } utc)
        {
            return string.Create(UtcTemplate.Length, utc, static (text, utc) => WriteUtc(utc, text));
        }

        switch (value)
        {
            case DateTimeOffset offset:
                return offset.ToString(LocalFormat, CultureInfo.InvariantCulture);
            case DateTime dateTime:
                return new DateTimeOffset(dateTime).ToString(LocalFormat, CultureInfo.InvariantCulture);
            case string s:
                return IsCanonicalUtc(s) ? s : Format(Parse(s));
            case JsonElement { ValueKind: JsonValueKind.String } e:
                return Format(Parse(e.GetString()!));
            default:
                throw new ScalarCoercionException(CoercionErrors.ScalarCannotSerialize(Name, value));
        }
    }

    /// <summary>The instant of a value that is written in the UTC form: a UTC DateTimeOffset or DateTime.</summary>
    private static DateTime? AsUtc(object value) => value switch
    {
        DateTimeOffset offset when offset.Offset == TimeSpan.Zero => offset.UtcDateTime,
        DateTime { Kind: DateTimeKind.Utc } dateTime => dateTime,
        _ => null,
    };

    /// <summary>Writes the UTC form into 24 characters, milliseconds truncated as the <c>fff</c> format does.</summary>
    private static void WriteUtc(DateTime utc, Span<char> text)
    {
        UtcTemplate.CopyTo(text);
        ReadOnlySpan<int> values = [utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, utc.Millisecond];
        for (var f = 0; f < UtcFields.Length; f++)
        {
            var (start, length) = UtcFields[f];
            var value = values[f];
            for (var i = start + length - 1; i >= start; i--)
            {
                text[i] = (char)('0' + (value % 10));
                value /= 10;
            }
        }
    }

    /// <summary>
    /// Whether a string already is a valid instant in the form this scalar writes for UTC, so it is written as it
    /// is instead of being parsed and formatted again (stored timestamps are kept in that form).
    /// </summary>
    private static bool IsCanonicalUtc(string s)
    {
        if (s.Length != UtcTemplate.Length)
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (UtcTemplate[i] == '0' ? !char.IsAsciiDigit(s[i]) : s[i] != UtcTemplate[i])
            {
                return false;
            }
        }

        Span<int> values = stackalloc int[UtcFields.Length];
        for (var f = 0; f < UtcFields.Length; f++)
        {
            var (start, length) = UtcFields[f];
            foreach (var digit in s.AsSpan(start, length))
            {
                values[f] = (values[f] * 10) + (digit - '0');
            }
        }

        var (year, month, day, hour, minute, second) = (values[0], values[1], values[2], values[3], values[4], values[5]);
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && hour <= 23 && minute <= 59 && second <= 59;
    }

    // RFC 3339 date-time: a full date, a time with optional fraction, and a Z or numeric offset.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();
}

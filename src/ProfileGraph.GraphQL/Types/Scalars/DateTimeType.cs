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
    // The UTC form, yyyy-MM-ddTHH:mm:ss.fffZ, is written by hand (WriteUtc); other offsets use this format.
    private const int UtcLength = 24;
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
    public override void Serialize(object value, Utf8JsonWriter writer)
    {
        if (AsUtc(value) is { } utc)
        {
            Span<char> text = stackalloc char[UtcLength];
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
            return string.Create(UtcLength, utc, static (text, utc) => WriteUtc(utc, text));
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

    /// <summary>Writes <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> (milliseconds truncated, as the format string does) into 24 characters.</summary>
    private static void WriteUtc(DateTime utc, Span<char> text)
    {
        Digits(text[..4], utc.Year);
        text[4] = '-';
        Digits(text.Slice(5, 2), utc.Month);
        text[7] = '-';
        Digits(text.Slice(8, 2), utc.Day);
        text[10] = 'T';
        Digits(text.Slice(11, 2), utc.Hour);
        text[13] = ':';
        Digits(text.Slice(14, 2), utc.Minute);
        text[16] = ':';
        Digits(text.Slice(17, 2), utc.Second);
        text[19] = '.';
        Digits(text.Slice(20, 3), utc.Millisecond);
        text[23] = 'Z';
    }

    private static void Digits(Span<char> text, int value)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>
    /// Whether a string already is a valid instant in the form this scalar writes for UTC, so it is written as it
    /// is instead of being parsed and formatted again (stored timestamps are kept in that form).
    /// </summary>
    private static bool IsCanonicalUtc(string s)
    {
        if (s.Length != UtcLength || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != '.' || s[23] != 'Z')
        {
            return false;
        }

        if (!TryDigits(s, 0, 4, out var year) || !TryDigits(s, 5, 2, out var month) || !TryDigits(s, 8, 2, out var day)
            || !TryDigits(s, 11, 2, out var hour) || !TryDigits(s, 14, 2, out var minute) || !TryDigits(s, 17, 2, out var second)
            || !TryDigits(s, 20, 3, out _))
        {
            return false;
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && hour <= 23 && minute <= 59 && second <= 59;
    }

    private static bool TryDigits(string s, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return true;
    }

    // RFC 3339 date-time: a full date, a time with optional fraction, and a Z or numeric offset.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();
}

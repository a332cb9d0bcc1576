using System.Globalization;
using System.Text.Json;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types.Coercion;

namespace ProfileGraph.GraphQL.Types.Scalars;

/// <summary>HotChocolate's <c>Long</c> scalar: a signed 64-bit integer.</summary>
internal sealed class LongType : ScalarType
{
    internal LongType()
        : base("Long", "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.")
    {
    }

    /// <inheritdoc />
    public override object? ParseLiteral(IValueNode literal)
    {
        if (literal is IntValueNode node)
        {
            return long.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new ScalarCoercionException(CoercionErrors.LongOutOfRange(node.Value));
        }

        throw new ScalarCoercionException(CoercionErrors.ScalarCannotParseLiteral(Name, literal));
    }

    /// <inheritdoc />
    public override object? ParseValue(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (value.TryGetInt64(out var l))
            {
                return l;
            }

            if (value.TryGetDouble(out var d) && double.IsInteger(d) && d >= long.MinValue && d < 9.2233720368547758E+18)
            {
                return (long)d;
            }
        }

        throw new ScalarCoercionException(CoercionErrors.ScalarCannotParseValue(Name, value.GetRawText()));
    }

    /// <inheritdoc />
    public override void Serialize(object value, Utf8JsonWriter writer) => writer.WriteNumberValue(ToLong(value));

    /// <inheritdoc />
    public override IValueNode ToLiteral(object? value) => value is null
        ? new NullValueNode()
        : new IntValueNode(ToLong(value).ToString(CultureInfo.InvariantCulture));

    private long ToLong(object value) => value switch
    {
        long l => l,
        int or short or byte or sbyte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong u when u <= long.MaxValue => (long)u,
        double d when double.IsInteger(d) && d >= long.MinValue && d < 9.2233720368547758E+18 => (long)d,
        JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt64(out var fromJson) => fromJson,
        _ => throw new ScalarCoercionException(CoercionErrors.ScalarCannotSerialize(Name, value)),
    };
}

using System.Globalization;
using System.Text.Json;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types.Coercion;

namespace ProfileGraph.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Int</c> scalar: a signed 32-bit integer (spec §3.5.1).</summary>
internal sealed class IntType : ScalarType
{
    internal IntType()
        : base("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    /// <inheritdoc />
    public override object? ParseLiteral(IValueNode literal)
    {
        if (literal is IntValueNode node)
        {
            return int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new ScalarCoercionException(CoercionErrors.IntOutOfRange(node.Value));
        }

        throw new ScalarCoercionException(CoercionErrors.ScalarCannotParseLiteral(Name, literal));
    }

    /// <inheritdoc />
    public override object? ParseValue(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (value.TryGetInt32(out var i))
            {
                return i;
            }

            var raw = value.GetRawText();
            if (value.TryGetDouble(out var d) && double.IsInteger(d))
            {
                // An integral number written with a fraction or exponent (1.0, 1e2) is still an Int when it fits.
                return d is >= int.MinValue and <= int.MaxValue
                    ? (int)d
                    : throw new ScalarCoercionException(CoercionErrors.IntOutOfRange(raw));
            }

            throw new ScalarCoercionException(CoercionErrors.ScalarCannotParseValue(Name, raw));
        }

        throw new ScalarCoercionException(CoercionErrors.ScalarCannotParseValue(Name, value.GetRawText()));
    }

    /// <inheritdoc />
    public override void Serialize(object value, Utf8JsonWriter writer) => writer.WriteNumberValue(ToInt(value));

    /// <inheritdoc />
    public override IValueNode ToLiteral(object? value) => value is null
        ? new NullValueNode()
        : new IntValueNode(ToInt(value).ToString(CultureInfo.InvariantCulture));

    private int ToInt(object value)
    {
        switch (value)
        {
            case int i:
                return i;
            case short or byte or sbyte or ushort:
                return Convert.ToInt32(value, CultureInfo.InvariantCulture);
            case long l when l is >= int.MinValue and <= int.MaxValue:
                return (int)l;
            case uint u when u <= int.MaxValue:
                return (int)u;
            case double d when double.IsInteger(d) && d is >= int.MinValue and <= int.MaxValue:
                return (int)d;
            case JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt32(out var fromJson):
                return fromJson;
            default:
                throw new ScalarCoercionException(CoercionErrors.ScalarCannotSerialize(Name, value));
        }
    }
}

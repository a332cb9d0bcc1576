using System.Globalization;
using System.Text.Json;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types.Coercion;

namespace ProfileGraph.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Float</c> scalar: a finite double-precision number (spec §3.5.2).</summary>
internal sealed class FloatType : ScalarType
{
    internal FloatType()
        : base("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
    }

    /// <inheritdoc />
    public override object? ParseLiteral(IValueNode literal)
    {
        var text = literal switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => throw new ScalarCoercionException(CoercionErrors.ScalarCannotParseLiteral(Name, literal)),
        };
        var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value) ? value : throw new ScalarCoercionException(CoercionErrors.FloatNotFinite(text));
    }

    /// <inheritdoc />
    public override object? ParseValue(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d))
        {
            return d;
        }

        throw new ScalarCoercionException(CoercionErrors.ScalarCannotParseValue(Name, value.GetRawText()));
    }

    /// <inheritdoc />
    public override void Serialize(object value, Utf8JsonWriter writer)
    {
        switch (value)
        {
            case decimal m:
                writer.WriteNumberValue(m);
                return;
            case JsonElement { ValueKind: JsonValueKind.Number } e:
                e.WriteTo(writer);
                return;
            default:
                writer.WriteNumberValue(ToDouble(value));
                return;
        }
    }

    /// <inheritdoc />
    public override IValueNode ToLiteral(object? value)
    {
        if (value is null)
        {
            return new NullValueNode();
        }

        var d = ToDouble(value);
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return double.IsInteger(d) && !text.Contains('E', StringComparison.Ordinal)
            ? new IntValueNode(text)
            : new FloatValueNode(text);
    }

    private double ToDouble(object value) => value switch
    {
        double d when double.IsFinite(d) => d,
        float f when float.IsFinite(f) => f,
        decimal m => (double)m,
        int or long or short or byte or sbyte or ushort or uint or ulong => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
        _ => throw new ScalarCoercionException(CoercionErrors.ScalarCannotSerialize(Name, value)),
    };
}

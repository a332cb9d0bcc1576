using System.Text.Json;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types.Coercion;

namespace ProfileGraph.GraphQL.Types.Scalars;

/// <summary>The built-in <c>String</c> scalar: UTF-8 text (spec §3.5.3).</summary>
internal sealed class StringType : ScalarType
{
    internal StringType()
        : base("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    /// <inheritdoc />
    public override object? ParseLiteral(IValueNode literal) => literal is StringValueNode s
        ? s.Value
        : throw new ScalarCoercionException(CoercionErrors.ScalarCannotParseLiteral(Name, literal));

    /// <inheritdoc />
    public override object? ParseValue(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? value.GetString()
        : throw new ScalarCoercionException(CoercionErrors.ScalarCannotParseValue(Name, value.GetRawText()));

    /// <inheritdoc />
    public override void Serialize(object value, Utf8JsonWriter writer)
    {
        switch (value)
        {
            case string s:
                writer.WriteStringValue(s);
                break;
            case char c:
                writer.WriteStringValue(c.ToString());
                break;
            case JsonElement { ValueKind: JsonValueKind.String } e:
                e.WriteTo(writer);
                break;
            default:
                throw new ScalarCoercionException(CoercionErrors.ScalarCannotSerialize(Name, value));
        }
    }

    /// <inheritdoc />
    public override IValueNode ToLiteral(object? value) => value switch
    {
        null => new NullValueNode(),
        string s => new StringValueNode(s),
        _ => throw new ScalarCoercionException(CoercionErrors.ScalarCannotSerialize(Name, value)),
    };
}

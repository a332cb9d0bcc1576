using System.Text.Json;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types.Coercion;

namespace ProfileGraph.GraphQL.Types.Scalars;

/// <summary>
/// HotChocolate's <c>JSON</c> scalar: any JSON value (object, array, string, number, boolean), held as a
/// <see cref="JsonElement"/>. Results may also be any value <see cref="JsonSerializer"/> can write.
/// </summary>
internal sealed class JsonType : ScalarType
{
    internal JsonType()
        : base("JSON", null)
    {
    }

    /// <inheritdoc />
    public override object? ParseLiteral(IValueNode literal) => JsonLiterals.ToJsonElement(literal, Name);

    /// <inheritdoc />
    public override object? ParseValue(JsonElement value) => value.Clone();

    /// <inheritdoc />
    public override void Serialize(object value, Utf8JsonWriter writer)
    {
        if (value is JsonElement element)
        {
            element.WriteTo(writer);
            return;
        }

        try
        {
            JsonSerializer.Serialize(writer, value, value.GetType());
        }
        catch (NotSupportedException ex)
        {
            throw new ScalarCoercionException(CoercionErrors.ScalarCannotSerialize(Name, value), ex);
        }
    }

    /// <inheritdoc />
    public override IValueNode ToLiteral(object? value) => value switch
    {
        null => new NullValueNode(),
        JsonElement element => JsonLiterals.ToLiteral(element),
        _ => JsonLiterals.ToLiteral(JsonSerializer.SerializeToElement(value, value.GetType())),
    };
}

using System.Globalization;
using System.Text.Json;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types.Coercion;

namespace ProfileGraph.GraphQL.Types.Scalars;

/// <summary>
/// The built-in <c>ID</c> scalar (spec §3.5.5): accepts a string or an integer as input, held and serialized as a
/// string.
/// </summary>
internal sealed class IdType : ScalarType
{
    internal IdType()
        : base("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
    }

    /// <inheritdoc />
    public override object? ParseLiteral(IValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new ScalarCoercionException(CoercionErrors.ScalarCannotParseLiteral(Name, literal)),
    };

    /// <inheritdoc />
    public override object? ParseValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt64(out var l) => l.ToString(CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException(CoercionErrors.ScalarCannotParseValue(Name, value.GetRawText())),
    };

    /// <inheritdoc />
    public override void Serialize(object value, Utf8JsonWriter writer) => writer.WriteStringValue(ToId(value));

    /// <inheritdoc />
    public override IValueNode ToLiteral(object? value) => value is null
        ? new NullValueNode()
        : new StringValueNode(ToId(value));

    private string ToId(object value) => value switch
    {
        string s => s,
        int or long or short or uint or ulong => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        Guid g => g.ToString(),
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString()!,
        JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt64(out var l) => l.ToString(CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException(CoercionErrors.ScalarCannotSerialize(Name, value)),
    };
}

using System.Text.Json;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types.Coercion;

namespace ProfileGraph.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Boolean</c> scalar (spec §3.5.4).</summary>
internal sealed class BooleanType : ScalarType
{
    internal BooleanType()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
    }

    /// <inheritdoc />
    public override object? ParseLiteral(IValueNode literal) => literal is BooleanValueNode b
        ? b.Value
        : throw new ScalarCoercionException(CoercionErrors.ScalarCannotParseLiteral(Name, literal));

    /// <inheritdoc />
    public override object? ParseValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new ScalarCoercionException(CoercionErrors.ScalarCannotParseValue(Name, value.GetRawText())),
    };

    /// <inheritdoc />
    public override void Serialize(object value, Utf8JsonWriter writer) => writer.WriteBooleanValue(ToBoolean(value));

    /// <inheritdoc />
    public override IValueNode ToLiteral(object? value) => value is null
        ? new NullValueNode()
        : new BooleanValueNode(ToBoolean(value));

    private bool ToBoolean(object value) => value switch
    {
        bool b => b,
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.False } => false,
        _ => throw new ScalarCoercionException(CoercionErrors.ScalarCannotSerialize(Name, value)),
    };
}

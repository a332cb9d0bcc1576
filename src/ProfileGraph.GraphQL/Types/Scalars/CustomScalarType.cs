using System.Text.Json;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types.Scalars;

/// <summary>
/// A scalar declared in SDL without an implementation registered through <c>SchemaBuilder.AddScalar</c>: it
/// accepts and returns any JSON value unchanged, like graphql-js does for SDL-only scalars.
/// </summary>
internal sealed class CustomScalarType : ScalarType
{
    private readonly JsonType _json = new();

    public CustomScalarType(string name, string? description, string? specifiedByUrl)
        : base(name, description, specifiedByUrl)
    {
    }

    public override object? ParseLiteral(IValueNode literal) => JsonLiterals.ToJsonElement(literal, Name);

    public override object? ParseValue(JsonElement value) => value.Clone();

    public override void Serialize(object value, Utf8JsonWriter writer) => _json.Serialize(value, writer);

    public override IValueNode ToLiteral(object? value) => _json.ToLiteral(value);
}

using System.Text.Json;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types.Scalars;

/// <summary>
/// A built-in scalar as one schema's SDL declares it: the SDL's description, <c>@specifiedBy</c> URL and applied
/// directives, with the coercion of the shared built-in instance, which is never changed.
/// </summary>
internal sealed class DeclaredScalarType : ScalarType
{
    private readonly ScalarType _builtIn;

    public DeclaredScalarType(ScalarType builtIn, string? description, string? specifiedByUrl)
        : base(builtIn.Name, description ?? builtIn.Description, specifiedByUrl ?? builtIn.SpecifiedByUrl)
    {
        _builtIn = builtIn;
    }

    public override object? ParseLiteral(IValueNode literal) => _builtIn.ParseLiteral(literal);

    public override object? ParseValue(JsonElement value) => _builtIn.ParseValue(value);

    public override void Serialize(object value, Utf8JsonWriter writer) => _builtIn.Serialize(value, writer);

    public override IValueNode ToLiteral(object? value) => _builtIn.ToLiteral(value);
}

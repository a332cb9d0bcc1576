using System.Text.Json;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// A scalar type (spec §3.5 "Scalars"): a leaf value with its own input and result coercion.
/// Implementations throw <see cref="ScalarCoercionException"/> for values they cannot coerce.
/// </summary>
public abstract class ScalarType : INamedType
{
    private IReadOnlyList<DirectiveNode> _directives = [];

    /// <summary>Creates a scalar with a name, description and optional <c>@specifiedBy</c> URL.</summary>
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string? Description { get; }

    /// <inheritdoc />
    public TypeKind Kind => TypeKind.Scalar;

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives => _directives;

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy(url:)</c>), or null.</summary>
    public string? SpecifiedByUrl { get; private set; }

    /// <summary>Input coercion of a literal in a document. Never receives a variable or a null literal.</summary>
    public abstract object? ParseLiteral(IValueNode literal);

    /// <summary>Input coercion of a variable value from the request's JSON. Never receives JSON null.</summary>
    public abstract object? ParseValue(JsonElement value);

    /// <summary>Result coercion: writes a resolver's (non-null) value as JSON.</summary>
    public abstract void Serialize(object value, Utf8JsonWriter writer);

    /// <summary>Turns a runtime value back into a literal, for printing default values.</summary>
    public abstract IValueNode ToLiteral(object? value);

    internal void SetDirectives(IReadOnlyList<DirectiveNode> directives, string? specifiedByUrl)
    {
        _directives = directives;
        if (specifiedByUrl is not null)
        {
            SpecifiedByUrl = specifiedByUrl;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}

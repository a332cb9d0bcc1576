using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// An input object type (spec §3.10 "Input Objects"). Runtime values are
/// <c>IReadOnlyDictionary&lt;string, object?&gt;</c> holding the fields given or defaulted.
/// </summary>
public sealed class InputObjectType : INamedType
{
    private readonly OrderedDictionary<string, InputField> _fields = new(StringComparer.Ordinal);
    private readonly List<DirectiveNode> _directives = [];

    internal InputObjectType(string name, string? description = null)
    {
        Name = name;
        Description = description;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string? Description { get; }

    /// <inheritdoc />
    public TypeKind Kind => TypeKind.InputObject;

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives => _directives;

    /// <summary>Fields in declaration order.</summary>
    public IReadOnlyDictionary<string, InputField> Fields => _fields;

    /// <summary>True when the type carries <c>@oneOf</c>: exactly one field must be given, and not null.</summary>
    public bool IsOneOf { get; internal set; }

    internal bool TryAddField(InputField field) => _fields.TryAdd(field.Name, field);

    internal void AddDirectives(IEnumerable<DirectiveNode> directives) => _directives.AddRange(directives);

    /// <inheritdoc />
    public override string ToString() => Name;
}

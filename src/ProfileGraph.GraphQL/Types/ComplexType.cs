using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// The shared shape of object and interface types: named output fields and implemented interfaces
/// (spec §3.6, §3.7).
/// </summary>
public abstract class ComplexType : INamedType
{
    private readonly OrderedDictionary<string, OutputField> _fields = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = [];
    private readonly List<DirectiveNode> _directives = [];

    private protected ComplexType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string? Description { get; }

    /// <inheritdoc />
    public abstract TypeKind Kind { get; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives => _directives;

    /// <summary>
    /// Fields in declaration order (extensions after the definition). On the query root this also holds the
    /// introspection meta fields <c>__schema</c> and <c>__type</c> (see <see cref="OutputField.IsIntrospection"/>).
    /// </summary>
    public IReadOnlyDictionary<string, OutputField> Fields => _fields;

    /// <summary>Interfaces this type implements, in declaration order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    /// <summary>Finds a field by name, or null.</summary>
    public OutputField? GetField(string name) => _fields.GetValueOrDefault(name);

    /// <summary>True when this type declares <paramref name="interfaceType"/> among its interfaces.</summary>
    public bool Implements(InterfaceType interfaceType) => _interfaces.Contains(interfaceType);

    internal bool TryAddField(OutputField field) => _fields.TryAdd(field.Name, field);

    internal void AddInterface(InterfaceType interfaceType) => _interfaces.Add(interfaceType);

    internal void AddDirectives(IEnumerable<DirectiveNode> directives) => _directives.AddRange(directives);

    /// <inheritdoc />
    public override string ToString() => Name;
}

using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>A union of object types (spec §3.8 "Unions").</summary>
public sealed class UnionType : INamedType
{
    private readonly List<ObjectType> _types = [];
    private readonly List<DirectiveNode> _directives = [];

    internal UnionType(string name, string? description = null)
    {
        Name = name;
        Description = description;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string? Description { get; }

    /// <inheritdoc />
    public TypeKind Kind => TypeKind.Union;

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives => _directives;

    /// <summary>Member types, in declaration order.</summary>
    public IReadOnlyList<ObjectType> Types => _types;

    /// <summary>
    /// Picks the object type of a runtime value, when registered with <c>SchemaBuilder.AddTypeResolver</c>;
    /// otherwise <see cref="Schema.ResolveAbstractType"/> uses the default rule.
    /// </summary>
    public Func<object, ObjectType?>? TypeResolver { get; internal set; }

    internal void AddType(ObjectType type) => _types.Add(type);

    internal void AddDirectives(IEnumerable<DirectiveNode> directives) => _directives.AddRange(directives);

    /// <inheritdoc />
    public override string ToString() => Name;
}

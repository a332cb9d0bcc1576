using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// A validated GraphQL schema (spec §3.3 "Schema"): the root operation types, every named type (including the
/// introspection types), and the directive definitions. Built by <c>SchemaBuilder</c>; immutable after that.
/// </summary>
public sealed class Schema
{
    private readonly OrderedDictionary<string, INamedType> _types;
    private readonly OrderedDictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<INamedType, IReadOnlyList<ObjectType>> _possibleTypes = [];

    internal Schema(
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        string? description,
        IReadOnlyList<DirectiveNode> directives,
        OrderedDictionary<string, INamedType> types,
        OrderedDictionary<string, DirectiveDefinition> directiveDefinitions)
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Description = description;
        AppliedDirectives = directives;
        _types = types;
        _directives = directiveDefinitions;
        DirectiveList = [.. directiveDefinitions.Values];

        foreach (var type in types.Values)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = union.Types;
                    break;
                case InterfaceType iface:
                    _possibleTypes[iface] = types.Values.OfType<ObjectType>().Where(o => o.Implements(iface)).ToArray();
                    break;
            }
        }
    }

    /// <summary>The query root type.</summary>
    public ObjectType QueryType { get; }

    /// <summary>The mutation root type, or null.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The subscription root type, or null.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>The schema description, or null.</summary>
    public string? Description { get; }

    /// <summary>Directives applied to the <c>schema</c> definition.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; }

    /// <summary>All named types by name, including built-in scalars and introspection types.</summary>
    public IReadOnlyDictionary<string, INamedType> Types => _types;

    /// <summary>All directive definitions, built-in ones first.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives => DirectiveList;

    private DirectiveDefinition[] DirectiveList { get; }

    /// <summary>Finds a named type, or null.</summary>
    public INamedType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>Finds a directive definition by name (without <c>@</c>), or null.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>
    /// The object types that can appear where <paramref name="abstractType"/> is expected: a union's members,
    /// or the object types implementing an interface; an object type's only possible type is itself.
    /// </summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(INamedType abstractType) => abstractType switch
    {
        ObjectType o => [o],
        _ => _possibleTypes.GetValueOrDefault(abstractType) ?? [],
    };

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a member of the union, an implementation of the interface
    /// (directly, or an interface that implements it).
    /// </summary>
    public bool IsSubType(INamedType abstractType, INamedType maybeSubType) => abstractType switch
    {
        UnionType union => maybeSubType is ObjectType o && union.Types.Contains(o),
        InterfaceType iface => maybeSubType is ComplexType complex && complex.Implements(iface),
        _ => false,
    };

    /// <summary>The root type for an operation kind, or null when the schema has none.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>
    /// Finds the object type of a runtime value returned for an interface or union field (spec §3.7
    /// "ResolveAbstractType"): the resolver registered with <c>SchemaBuilder.AddTypeResolver</c> when there is
    /// one, otherwise the type named by the value's <c>__typename</c> entry (dictionary or JSON object) or by its
    /// CLR type name. Returns null when no possible type matches.
    /// </summary>
    public ObjectType? ResolveAbstractType(INamedType abstractType, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var custom = abstractType switch
        {
            InterfaceType i => i.TypeResolver,
            UnionType u => u.TypeResolver,
            _ => null,
        };
        if (custom is not null)
        {
            var resolved = custom(value);
            return resolved is not null && IsSubType(abstractType, resolved) ? resolved : null;
        }

        var name = DefaultResolvers.GetTypeName(value);
        return name is not null && GetType(name) is ObjectType type && IsSubType(abstractType, type) ? type : null;
    }
}

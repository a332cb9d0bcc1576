using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>Type predicates and comparisons used by validation and execution (spec §3.4, §5, §6).</summary>
public static class TypeExtensions
{
    /// <summary>True for scalars, enums, input objects and wrappers of them (spec §3.4.2 "IsInputType").</summary>
    public static bool IsInputType(this IType type) =>
        type.NamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>True for scalars, objects, interfaces, unions, enums and wrappers of them (spec §3.4.2 "IsOutputType").</summary>
    public static bool IsOutputType(this IType type) =>
        type.NamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>True for scalars and enums (not wrapped).</summary>
    public static bool IsLeafType(this IType type) => type is ScalarType or EnumType;

    /// <summary>True for objects, interfaces and unions (not wrapped).</summary>
    public static bool IsCompositeType(this IType type) => type is ObjectType or InterfaceType or UnionType;

    /// <summary>True for interfaces and unions (not wrapped).</summary>
    public static bool IsAbstractType(this IType type) => type is InterfaceType or UnionType;

    /// <summary>True for a non-null wrapper.</summary>
    public static bool IsNonNullType(this IType type) => type is NonNullType;

    /// <summary>True for a list, possibly wrapped in non-null.</summary>
    public static bool IsListType(this IType type) => type.NullableType() is ListType;

    /// <summary>Removes every list and non-null wrapper.</summary>
    public static INamedType NamedType(this IType type)
    {
        while (true)
        {
            switch (type)
            {
                case INamedType named:
                    return named;
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    throw new ArgumentException("Unknown type wrapper.", nameof(type));
            }
        }
    }

    /// <summary>Removes one non-null wrapper, if any.</summary>
    public static IType NullableType(this IType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    /// <summary>True when both types are the same named type with the same wrappers.</summary>
    public static bool IsEqualType(IType a, IType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        (INamedType x, INamedType y) => ReferenceEquals(x, y),
        _ => false,
    };

    /// <summary>
    /// True when a value of <paramref name="maybeSubType"/> is always a valid <paramref name="superType"/>
    /// (covariant: non-null within nullable, lists item-wise, objects/interfaces within interfaces and unions).
    /// </summary>
    public static bool IsTypeSubTypeOf(Schema schema, IType maybeSubType, IType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull
                && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is INamedType superNamed && superNamed.IsAbstractType()
            && maybeSubType is INamedType subNamed && (subNamed is InterfaceType or ObjectType)
            && schema.IsSubType(superNamed, subNamed);
    }

    /// <summary>
    /// True when some object type could be both <paramref name="a"/> and <paramref name="b"/> (used by
    /// "Fragment spread is possible", spec §5.5.2.3).
    /// </summary>
    public static bool DoTypesOverlap(Schema schema, INamedType a, INamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstractType())
        {
            if (b.IsAbstractType())
            {
                var possible = schema.GetPossibleTypes(b);
                return schema.GetPossibleTypes(a).Any(possible.Contains);
            }

            return schema.IsSubType(a, b);
        }

        return b.IsAbstractType() && schema.IsSubType(b, a);
    }

    /// <summary>Turns a type reference from a document into a schema type, or null when a named type is unknown.</summary>
    public static IType? TypeFromAst(Schema schema, ITypeNode typeNode) => typeNode switch
    {
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner && inner is not NonNullType
            ? new NonNullType(inner)
            : null,
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };
}

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// Any GraphQL type (spec §3.4 "Types"): a named type, or a list or non-null wrapper around another type.
/// <see cref="object.ToString"/> prints the type as in a document, e.g. <c>[Int!]!</c>.
/// </summary>
public interface IType
{
    /// <summary>The kind of type, as introspection's <c>__TypeKind</c> reports it.</summary>
    TypeKind Kind { get; }
}

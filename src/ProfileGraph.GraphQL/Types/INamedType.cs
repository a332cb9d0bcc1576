using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>A type with a name (spec §3.4): scalar, object, interface, union, enum or input object.</summary>
public interface INamedType : IType
{
    /// <summary>The type's name, unique in its schema.</summary>
    string Name { get; }

    /// <summary>The type's description from the SDL, or null.</summary>
    string? Description { get; }

    /// <summary>Directives applied to the type definition (and its extensions) in the SDL.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}

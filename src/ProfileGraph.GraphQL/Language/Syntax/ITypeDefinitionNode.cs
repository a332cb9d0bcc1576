namespace ProfileGraph.GraphQL.Language;

/// <summary>A named type definition: scalar, object, interface, union, enum or input object (spec §3.4).</summary>
public interface ITypeDefinitionNode : ITypeSystemDefinitionNode
{
    /// <summary>The description string, if any.</summary>
    StringValueNode? Description { get; }

    /// <summary>The type name.</summary>
    NameNode Name { get; }

    /// <summary>Directives applied to the type.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}

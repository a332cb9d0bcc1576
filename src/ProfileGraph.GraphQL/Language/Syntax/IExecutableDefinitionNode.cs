namespace ProfileGraph.GraphQL.Language;

/// <summary>An operation or fragment definition (spec §2.2 ExecutableDefinition).</summary>
public interface IExecutableDefinitionNode : IDefinitionNode
{
    /// <summary>The operation or fragment name; null for anonymous operations.</summary>
    NameNode? Name { get; }

    /// <summary>Directives applied to the definition.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The selections.</summary>
    SelectionSetNode SelectionSet { get; }
}

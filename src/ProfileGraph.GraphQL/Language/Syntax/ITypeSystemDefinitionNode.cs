namespace ProfileGraph.GraphQL.Language;

/// <summary>A schema, type or directive definition (spec §3 TypeSystemDefinition).</summary>
public interface ITypeSystemDefinitionNode : IDefinitionNode
{
}

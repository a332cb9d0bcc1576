namespace ProfileGraph.GraphQL.Language;

/// <summary>A top-level definition of a document (spec §2.2 Definition).</summary>
public interface IDefinitionNode : ISyntaxNode
{
}

namespace ProfileGraph.GraphQL.Language;

/// <summary>A type reference: named, list or non-null (spec §2.11 Type).</summary>
public interface ITypeNode : ISyntaxNode
{
}

namespace ProfileGraph.GraphQL.Language;

/// <summary>A literal or variable in value position (spec §2.9 Value).</summary>
public interface IValueNode : ISyntaxNode
{
}

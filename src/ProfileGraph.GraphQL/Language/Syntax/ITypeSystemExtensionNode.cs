namespace ProfileGraph.GraphQL.Language;

/// <summary>A schema or type extension (spec §3.1 TypeSystemExtension).</summary>
public interface ITypeSystemExtensionNode : IDefinitionNode
{
    /// <summary>Directives added by the extension.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}

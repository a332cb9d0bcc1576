namespace ProfileGraph.GraphQL.Language;

/// <summary>An extension of a named type (spec §3.4.3 TypeExtension).</summary>
public interface ITypeExtensionNode : ITypeSystemExtensionNode
{
    /// <summary>The name of the extended type.</summary>
    NameNode Name { get; }
}

namespace ProfileGraph.GraphQL.Language;

/// <summary><c>extend enum</c> (spec §3.9.1).</summary>
public sealed class EnumTypeExtensionNode : SyntaxNode, ITypeExtensionNode
{
    /// <summary>Creates the node.</summary>
    public EnumTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(values);
        Name = name;
        Directives = directives;
        Values = values;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }
}

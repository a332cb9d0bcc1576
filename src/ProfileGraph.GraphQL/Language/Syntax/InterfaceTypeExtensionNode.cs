namespace ProfileGraph.GraphQL.Language;

/// <summary><c>extend interface</c> (spec §3.7.1).</summary>
public sealed class InterfaceTypeExtensionNode : SyntaxNode, ITypeExtensionNode
{
    /// <summary>Creates the node.</summary>
    public InterfaceTypeExtensionNode(NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(interfaces);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(fields);
        Name = name;
        Interfaces = interfaces;
        Directives = directives;
        Fields = fields;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    public NameNode Name { get; }

    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}

namespace ProfileGraph.GraphQL.Language;

/// <summary><c>extend input</c> (spec §3.10.1).</summary>
public sealed class InputObjectTypeExtensionNode : SyntaxNode, ITypeExtensionNode
{
    /// <summary>Creates the node.</summary>
    public InputObjectTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(fields);
        Name = name;
        Directives = directives;
        Fields = fields;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }
}

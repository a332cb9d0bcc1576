namespace ProfileGraph.GraphQL.Language;

/// <summary>An argument or input field definition (spec §3.6.1, §3.10).</summary>
public sealed class InputValueDefinitionNode : SyntaxNode
{
    /// <summary>Creates the node.</summary>
    public InputValueDefinitionNode(StringValueNode? description, NameNode name, ITypeNode type, IValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(directives);
        Description = description;
        Name = name;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public ITypeNode Type { get; }

    public IValueNode? DefaultValue { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}

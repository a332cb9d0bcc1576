namespace ProfileGraph.GraphQL.Language;

/// <summary>A field definition of an object or interface type (spec §3.6).</summary>
public sealed class FieldDefinitionNode : SyntaxNode
{
    /// <summary>Creates the node.</summary>
    public FieldDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, ITypeNode type, IReadOnlyList<DirectiveNode> directives, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(directives);
        Description = description;
        Name = name;
        Arguments = arguments;
        Type = type;
        Directives = directives;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }

    public ITypeNode Type { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}

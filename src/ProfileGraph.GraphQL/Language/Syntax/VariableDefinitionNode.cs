namespace ProfileGraph.GraphQL.Language;

/// <summary>A variable definition <c>$name: Type = default @dir</c> (spec §2.10).</summary>
public sealed class VariableDefinitionNode : SyntaxNode
{
    /// <summary>Creates the node.</summary>
    public VariableDefinitionNode(VariableNode variable, ITypeNode type, IValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(directives);
        Variable = variable;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    public VariableNode Variable { get; }

    public ITypeNode Type { get; }

    public IValueNode? DefaultValue { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}

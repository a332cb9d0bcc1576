namespace ProfileGraph.GraphQL.Language;

/// <summary>An operation (spec §2.3 Operations); the shorthand <c>{ ... }</c> is a nameless query.</summary>
public sealed class OperationDefinitionNode : SyntaxNode, IExecutableDefinitionNode
{
    /// <summary>Creates the node.</summary>
    public OperationDefinitionNode(OperationType operation, NameNode? name, IReadOnlyList<VariableDefinitionNode> variableDefinitions, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(variableDefinitions);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(selectionSet);
        Operation = operation;
        Name = name;
        VariableDefinitions = variableDefinitions;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    public OperationType Operation { get; }

    public NameNode? Name { get; }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public SelectionSetNode SelectionSet { get; }
}

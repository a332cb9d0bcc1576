namespace ProfileGraph.GraphQL.Language;

/// <summary>A root operation type entry <c>query: Query</c> (spec §3.3.1).</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    /// <summary>Creates the node.</summary>
    public OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(type);
        Operation = operation;
        Type = type;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    public OperationType Operation { get; }

    public NamedTypeNode Type { get; }
}

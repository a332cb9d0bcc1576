namespace ProfileGraph.GraphQL.Language;

/// <summary>A <c>schema { }</c> definition (spec §3.3).</summary>
public sealed class SchemaDefinitionNode : SyntaxNode, ITypeSystemDefinitionNode
{
    /// <summary>Creates the node.</summary>
    public SchemaDefinitionNode(StringValueNode? description, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(operationTypes);
        Description = description;
        Directives = directives;
        OperationTypes = operationTypes;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    public StringValueNode? Description { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }
}

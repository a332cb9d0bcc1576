namespace ProfileGraph.GraphQL.Language;

/// <summary><c>extend schema</c> (spec §3.3.2).</summary>
public sealed class SchemaExtensionNode : SyntaxNode, ITypeSystemExtensionNode
{
    /// <summary>Creates the node.</summary>
    public SchemaExtensionNode(IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(operationTypes);
        Directives = directives;
        OperationTypes = operationTypes;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }
}

using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// An operation of a cached document, ready to execute: its root type and root field plan. Sub-plans fill in
/// lazily as requests reach them, so warm requests skip field collection entirely.
/// </summary>
internal sealed class PreparedOperation
{
    public PreparedOperation(Schema schema, DocumentNode document, OperationDefinitionNode definition, ObjectType rootType)
    {
        Definition = definition;
        RootType = rootType;
        Collector = new FieldCollector(schema, document);
        RootPlan = Collector.CollectRoot(rootType, definition.SelectionSet);
    }

    public OperationDefinitionNode Definition { get; }

    public OperationType Type => Definition.Operation;

    public ObjectType RootType { get; }

    public FieldCollector Collector { get; }

    public SelectionPlan RootPlan { get; }
}

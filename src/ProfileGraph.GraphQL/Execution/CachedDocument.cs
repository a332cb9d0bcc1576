using System.Collections.Concurrent;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// A parsed document with its validation outcome (spec §6.1 steps 1–2 done once) and the operations prepared from
/// it so far. A document with errors is cached too, so a repeated bad query is neither parsed nor validated again.
/// </summary>
internal sealed class CachedDocument
{
    private readonly ConcurrentDictionary<string, PreparedOperation> _operations = new(StringComparer.Ordinal);

    public CachedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        Document = document;
        Errors = errors;
    }

    /// <summary>The document, or null when it did not parse.</summary>
    public DocumentNode? Document { get; }

    /// <summary>Syntax or validation errors; empty for an executable document.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>Spec §6.1 "GetOperation", then the operation's plan (cached per operation name).</summary>
    public PreparedOperation? GetOperation(Schema schema, string? operationName, out GraphQLError? error)
    {
        var key = operationName ?? string.Empty;
        if (_operations.TryGetValue(key, out var prepared))
        {
            error = null;
            return prepared;
        }

        var definition = SelectOperation(operationName, out error);
        if (definition is null)
        {
            return null;
        }

        if (definition.Operation == OperationType.Subscription)
        {
            error = ExecutionErrors.SubscriptionsNotSupported(definition);
            return null;
        }

        if (schema.GetRootType(definition.Operation) is not { } rootType)
        {
            error = ExecutionErrors.RootTypeMissing(definition.Operation, definition);
            return null;
        }

        return _operations.GetOrAdd(key, _ => new PreparedOperation(schema, Document!, definition, rootType));
    }

    private OperationDefinitionNode? SelectOperation(string? operationName, out GraphQLError? error)
    {
        OperationDefinitionNode? found = null;
        var count = 0;
        foreach (var definition in Document!.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            count++;
            if (operationName is null ? count == 1 : operation.Name?.Value == operationName)
            {
                found = operation;
            }
        }

        error = null;
        if (operationName is null && count > 1)
        {
            error = ExecutionErrors.OperationNameRequired();
            return null;
        }

        if (found is null)
        {
            error = operationName is null ? ExecutionErrors.NoOperation() : ExecutionErrors.OperationNotFound(operationName);
        }

        return found;
    }
}

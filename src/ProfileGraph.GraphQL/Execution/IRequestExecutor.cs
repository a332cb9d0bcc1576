using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>Runs GraphQL requests against one schema (spec §6 "Execution").</summary>
public interface IRequestExecutor
{
    /// <summary>The schema requests run against.</summary>
    Schema Schema { get; }

    /// <summary>
    /// Parses (or takes from the document cache), validates, selects the operation, coerces the variables and
    /// executes. Request errors are returned in the result, never thrown.
    /// </summary>
    ValueTask<ExecutionResult> ExecuteAsync(
        GraphQLRequest request,
        RequestOptions? options = null,
        CancellationToken cancellationToken = default);
}

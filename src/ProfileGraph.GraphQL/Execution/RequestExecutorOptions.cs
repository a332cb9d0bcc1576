using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Validation;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>Settings of a <see cref="RequestExecutor"/>, fixed when it is created.</summary>
public sealed class RequestExecutorOptions
{
    /// <summary>How long one request may execute before it fails with <c>HC0045</c>. Default 30 seconds.</summary>
    public TimeSpan ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most validation errors reported for one document. Default 5.</summary>
    public int MaxValidationErrors { get; init; } = 5;

    /// <summary>Parser limits.</summary>
    public ParserOptions Parser { get; init; } = new();

    /// <summary>Validation limits (depth, cost, …).</summary>
    public ValidationOptions Validation { get; init; } = new();

    /// <summary>How many parsed and validated documents are kept (least recently used go first). Default 1000.</summary>
    public int DocumentCacheSize { get; init; } = 1000;
}

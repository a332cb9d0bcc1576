using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Types.Coercion;
using ProfileGraph.GraphQL.Validation;
using ProfileGraph.GraphQL.Validation.Cost;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// Runs requests against one schema (spec §6.1 "Executing Requests"): document cache → parse → validate →
/// select the operation → check it is allowed → coerce variables → execute. Thread-safe; create one per schema.
/// </summary>
public sealed class RequestExecutor : IRequestExecutor
{
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    private readonly RequestExecutorOptions _options;
    private readonly DocumentValidator _validator;
    private readonly DocumentCache _cache;

    private RequestExecutor(Schema schema, RequestExecutorOptions options)
    {
        Schema = schema;
        _options = options;
        _validator = new DocumentValidator(schema, options.Validation);
        _cache = new DocumentCache(options.DocumentCacheSize);
    }

    /// <inheritdoc />
    public Schema Schema { get; }

    /// <summary>Creates an executor for <paramref name="schema"/>.</summary>
    public static IRequestExecutor Create(Schema schema, RequestExecutorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new RequestExecutor(schema, options ?? new RequestExecutorOptions());
    }

    /// <inheritdoc />
    public async ValueTask<ExecutionResult> ExecuteAsync(
        GraphQLRequest request,
        RequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        options ??= RequestOptions.Default;

        var document = GetDocument(request, out var documentError);
        if (document is null)
        {
            return RequestError(documentError!);
        }

        if (!document.IsValid)
        {
            return new ExecutionResult(ResultKind.RequestError, document.Errors);
        }

        var operation = document.GetOperation(Schema, request.OperationName, out var operationError);
        if (operation is null)
        {
            return RequestError(operationError!);
        }

        if (operation.Type == OperationType.Mutation && !options.AllowMutations)
        {
            return new ExecutionResult(
                ResultKind.OperationNotAllowed, [ExecutionErrors.OperationNotAllowed(operation.Type)], operation.Type);
        }

        var variables = NoVariables;
        if (operation.Definition.VariableDefinitions.Count > 0)
        {
            var variableErrors = ValueCoercion.CoerceVariableValues(Schema, operation.Definition, request.Variables, out variables);
            if (variableErrors.Count > 0)
            {
                return new ExecutionResult(ResultKind.RequestError, variableErrors, operation.Type);
            }
        }

        if (options.Cost == CostMode.None)
        {
            return await ExecuteOperationAsync(operation, variables, options, cancellationToken).ConfigureAwait(false);
        }

        var cost = CostExtensions(document.Document!, operation, variables);
        if (options.Cost == CostMode.Validate)
        {
            return new ExecutionResult(ResultKind.CostOnly, [], operation.Type, extensions: cost);
        }

        var result = await ExecuteOperationAsync(operation, variables, options, cancellationToken).ConfigureAwait(false);
        return result.WithExtensions(cost);
    }

    /// <summary>The cached document for a query text: parsed and validated once (also used by benchmarks).</summary>
    internal CachedDocument PrepareDocument(string query)
    {
        if (_cache.TryGet(query, out var cached))
        {
            return cached;
        }

        return _cache.GetOrAdd(query, ParseAndValidate(query));
    }

    internal int CachedDocumentCount => _cache.Count;

    private CachedDocument? GetDocument(GraphQLRequest request, out GraphQLError? error)
    {
        error = null;
        if (!string.IsNullOrEmpty(request.Query))
        {
            var document = PrepareDocument(request.Query);
            if (request.DocumentId is { Length: > 0 } id && !_cache.TryGet(IdKey(id), out _))
            {
                _cache.GetOrAdd(IdKey(id), document);
            }

            return document;
        }

        if (request.DocumentId is { Length: > 0 } documentId)
        {
            if (_cache.TryGet(IdKey(documentId), out var byId))
            {
                return byId;
            }

            error = ExecutionErrors.DocumentNotFound(documentId);
            return null;
        }

        error = ExecutionErrors.NoQuery();
        return null;
    }

    // Ids live in the same cache as query texts; the prefix cannot start a GraphQL document.
    private static string IdKey(string id) => "\u0001id:" + id;

    private CachedDocument ParseAndValidate(string query)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, _options.Parser);
        }
        catch (GraphQLSyntaxException ex)
        {
            return new CachedDocument(null, [ex.Error]);
        }

        var errors = _validator.Validate(document, _options.MaxValidationErrors);
        return new CachedDocument(document, errors);
    }

    private async ValueTask<ExecutionResult> ExecuteOperationAsync(
        PreparedOperation operation,
        IReadOnlyDictionary<string, object?> variables,
        RequestOptions options,
        CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.ExecutionTimeout > TimeSpan.Zero && _options.ExecutionTimeout != Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(_options.ExecutionTimeout);
        }

        var context = new OperationContext(Schema, operation, variables, options, timeout.Token);
        try
        {
            // Resolvers started on this thread must not capture the caller's synchronization context: their
            // continuations have to run as soon as a DataLoader batch delivers, not whenever the context gets to them.
            var callerContext = SynchronizationContext.Current;
            ValueTask<ExecutionResult> running;
            SynchronizationContext.SetSynchronizationContext(null);
            try
            {
                running = context.ExecuteAsync();
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(callerContext);
            }

            return await running.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return cancellationToken.IsCancellationRequested
                ? new ExecutionResult(ResultKind.Canceled, [ExecutionErrors.Canceled()], operation.Type)
                : new ExecutionResult(ResultKind.Timeout, [ExecutionErrors.Timeout(_options.ExecutionTimeout)], operation.Type);
        }
    }

    /// <summary><c>extensions.operationCost</c> as HotChocolate reports it for <c>GraphQL-Cost: report|validate</c>.</summary>
    private Dictionary<string, object?> CostExtensions(
        DocumentNode document, PreparedOperation operation, IReadOnlyDictionary<string, object?> variables)
    {
        var metrics = CostAnalyzer.Analyze(Schema, document, operation.Definition, variables, _options.Validation.Cost);
        return new Dictionary<string, object?>
        {
            ["operationCost"] = new Dictionary<string, object?>
            {
                ["fieldCost"] = metrics.FieldCost,
                ["typeCost"] = metrics.TypeCost,
            },
        };
    }

    private static ExecutionResult RequestError(GraphQLError error) => new(ResultKind.RequestError, [error]);
}

using System.Threading.Channels;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// The state of one executing operation (spec §6.2–§6.4): variables, services, the response tree under
/// construction, errors, the work queue and the DataLoader scheduler. The response tree is only touched by the
/// executor's loop (see <c>OperationContext.Loop.cs</c>); async resolvers report back through a channel.
/// </summary>
internal sealed partial class OperationContext
{
    private readonly Lock _errorsLock = new();
    private readonly List<GraphQLError> _errors = [];
    private readonly Queue<WorkItem> _work = new();
    private Channel<Completion>? _completions;
    private BatchScheduler? _batches;
    private readonly RequestOptions _options;
    private Dictionary<SelectionPlan, SelectionPlan>? _filteredPlans;
    private IDictionary<string, object?>? _contextData;
    private ResolverContext? _spareContext;
    private int _pending;
    private bool _dataIsNull;

    public OperationContext(
        Schema schema,
        PreparedOperation operation,
        IReadOnlyDictionary<string, object?> variables,
        RequestOptions options,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Operation = operation;
        Variables = variables;
        _options = options;
        CancellationToken = cancellationToken;
    }

    public Schema Schema { get; }

    public PreparedOperation Operation { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The request's DataLoader queue, created when a resolver first loads something.</summary>
    public BatchScheduler Batches =>
        Volatile.Read(ref _batches) ?? LazyInitializer.EnsureInitialized(
            ref _batches, () => new BatchScheduler(() => Completions.Writer.TryWrite(default)));

    /// <summary>Where async resolvers and batches report back; created with the first async work.</summary>
    private Channel<Completion> Completions =>
        Volatile.Read(ref _completions) ?? LazyInitializer.EnsureInitialized(
            ref _completions, () => Channel.CreateUnbounded<Completion>(new UnboundedChannelOptions { SingleReader = true }));

    public IServiceProvider Services => _options.Services ?? EmptyServices.Instance;

    public IDictionary<string, object?> ContextData =>
        _contextData ??= _options.ContextData ?? new Dictionary<string, object?>();

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errorsLock)
            {
                return _errors.Count == 0 ? [] : _errors.ToArray();
            }
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (_errorsLock)
        {
            _errors.Add(error);
        }
    }

    /// <summary>Runs the operation (spec §6.2.1 queries in parallel, §6.2.2 mutations serially) and builds the result.</summary>
    public async ValueTask<ExecutionResult> ExecuteAsync()
    {
        var root = new ResultObject(Filter(Operation.RootPlan), _options.RootValue, null, -1, false);
        if (Operation.Type == Language.OperationType.Mutation)
        {
            for (var i = 0; i < root.Plan.Fields.Length && !root.IsInvalidated; i++)
            {
                _work.Enqueue(new WorkItem(root, i));
                await RunAsync().ConfigureAwait(false);
            }
        }
        else
        {
            _work.Enqueue(new WorkItem(root, -1));
            await RunAsync().ConfigureAwait(false);
        }

        // A resolver may have turned the cancellation into its own failure; the request still ends as cancelled.
        CancellationToken.ThrowIfCancellationRequested();
        return new ExecutionResult(ResultKind.Data, Errors, Operation.Type, _dataIsNull ? null : root);
    }

    /// <summary>The plan without fields that this request's variables exclude; cached per request.</summary>
    public SelectionPlan Filter(SelectionPlan plan)
    {
        if (!plan.HasConditions)
        {
            return plan;
        }

        _filteredPlans ??= [];
        if (!_filteredPlans.TryGetValue(plan, out var filtered))
        {
            filtered = plan.Filter(Variables);
            _filteredPlans[plan] = filtered;
        }

        return filtered;
    }

    public IReadOnlyList<SelectedField> GetSelections(FieldSelection selection, ObjectType? type)
    {
        if (selection.Field is null)
        {
            return [];
        }

        var named = selection.Field.Type.NamedType();
        IEnumerable<ObjectType> types = type is not null ? [type]
            : named is ObjectType o ? [o]
            : named is InterfaceType or UnionType ? Schema.GetPossibleTypes(named)
            : [];

        var result = new List<SelectedField>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in types)
        {
            // Resolvers run off the loop thread, so filtering here must not touch the per-request plan cache.
            foreach (var field in selection.GetChildPlan(candidate).Fields)
            {
                if (!field.IsTypeName && field.IsIncluded(Variables) && seen.Add(field.ResponseName))
                {
                    result.Add(new SelectedField(field, this));
                }
            }
        }

        return result;
    }

    public IReadOnlyList<SourceLocation>? Locate(FieldSelection selection)
    {
        if (selection.Nodes.Length == 1)
        {
            return ExecutionErrors.Locate(selection.Nodes[0].Location);
        }

        var locations = new List<SourceLocation>(selection.Nodes.Length);
        foreach (var node in selection.Nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(location.ToSourceLocation());
            }
        }

        return locations.Count == 0 ? null : locations;
    }

    private readonly record struct WorkItem(ResultObject Target, int FieldIndex);

    private readonly record struct Completion(ResolverContext? Context, object? Value, Exception? Error);

    private sealed class EmptyServices : IServiceProvider
    {
        public static EmptyServices Instance { get; } = new();

        public object? GetService(Type serviceType) => null;
    }
}

using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>The executor's <see cref="IResolverContext"/>: one field of one parent object in one request.</summary>
internal sealed class ResolverContext : IResolverContext
{
    private OperationContext _operation = null!;

    public ResultObject Target { get; private set; } = null!;

    public int Index { get; private set; }

    public FieldSelection Selection { get; private set; } = null!;

    public object? Parent => Target.Source;

    public Schema Schema => _operation.Schema;

    public OutputField Field => Selection.Field!;

    FieldNode IResolverContext.Selection => Selection.Nodes[0];

    public IReadOnlyList<FieldNode> FieldNodes => Selection.Nodes;

    public ObjectType ParentType => Target.Plan.Type;

    public Path Path => Target.ToPath(Index);

    public IServiceProvider Services => _operation.Services;

    public IDictionary<string, object?> ContextData => _operation.ContextData;

    public CancellationToken RequestAborted => _operation.CancellationToken;

    public IReadOnlyDictionary<string, object?> Arguments { get; private set; } = null!;

    public void Initialize(
        OperationContext operation, ResultObject target, int index, FieldSelection selection, IReadOnlyDictionary<string, object?> arguments)
    {
        _operation = operation;
        Target = target;
        Index = index;
        Selection = selection;
        Arguments = arguments;
    }

    public T ArgumentValue<T>(string name) =>
        Arguments.TryGetValue(name, out var value) ? ArgumentConverter.Convert<T>(value) : default!;

    public bool HasArgument(string name)
    {
        foreach (var argument in Selection.Nodes[0].Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value is not VariableNode variable
                    || _operation.Variables.ContainsKey(variable.Name.Value);
            }
        }

        return false;
    }

    public IReadOnlyList<SelectedField> GetSelections(ObjectType? type = null) =>
        _operation.GetSelections(Selection, type);

    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _operation.AddError(ExecutionErrors.WithLocation(error, Target.GetPath(Index), _operation.Locate(Selection)));
    }

    public Task<TValue?> LoadAsync<TKey, TValue>(
        string loaderKey,
        TKey key,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull =>
        _operation.Batches.Load(loaderKey, key, batch);
}

using System.Reflection;
using ProfileGraph.Data;

namespace ProfileGraph.Profiles.Tests.Resolvers;

/// <summary>Wraps a store, records what reads asked for, and passes every call on.</summary>
public class RecordingStore : DispatchProxy
{
    private IDocumentStore _inner = null!;

    public List<IReadOnlyList<string>?> Selects { get; } = [];

    public List<QueryModel> Queries { get; } = [];

    internal static (IDocumentStore Store, RecordingStore Recorder) Wrap(IDocumentStore inner)
    {
        var proxy = Create<IDocumentStore, RecordingStore>();
        var recorder = (RecordingStore)(object)proxy;
        recorder._inner = inner;
        return (proxy, recorder);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        switch (targetMethod.Name)
        {
            case nameof(IDocumentStore.GetByIdsAsync):
                Selects.Add((IReadOnlyList<string>?)args![2]);
                break;
            case nameof(IDocumentStore.QueryAsync):
                Queries.Add((QueryModel)args![1]!);
                break;
            case nameof(IDocumentStore.DisposeAsync):
                return ValueTask.CompletedTask;
        }

        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}

using BenchmarkDotNet.Attributes;
using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Benchmarks.Engine;

/// <summary>
/// A warm request (document cache hit) executed and serialized to JSON: the cost a server pays per request once
/// a query has been seen.
/// </summary>
[MemoryDiagnoser]
public class ExecuteBenchmarks
{
    private readonly EngineFixtures.JsonSink _sink = new();
    private IRequestExecutor _executor = null!;
    private GraphQLRequest _introspection = null!;
    private GraphQLRequest _fiftyFields = null!;
    private GraphQLRequest _list = null!;

    [GlobalSetup]
    public void Setup()
    {
        _executor = RequestExecutor.Create(EngineFixtures.CreateSchema());
        _introspection = new GraphQLRequest(EngineFixtures.IntrospectionQuery);
        _fiftyFields = new GraphQLRequest(EngineFixtures.FiftyFieldQuery);
        _list = new GraphQLRequest(EngineFixtures.ListQuery);
        foreach (var request in new[] { _introspection, _fiftyFields, _list })
        {
            var result = _executor.ExecuteAsync(request).AsTask().GetAwaiter().GetResult();
            if (result.Errors.Count > 0)
            {
                throw new InvalidOperationException(result.ToJson());
            }
        }
    }

    [Benchmark]
    public async Task<int> Execute_Introspection() => _sink.Write(await _executor.ExecuteAsync(_introspection));

    [Benchmark]
    public async Task<int> Execute_FiftyFields() => _sink.Write(await _executor.ExecuteAsync(_fiftyFields));

    [Benchmark]
    public async Task<int> Execute_List1000x10() => _sink.Write(await _executor.ExecuteAsync(_list));
}

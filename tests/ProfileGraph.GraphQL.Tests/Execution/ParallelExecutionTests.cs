using static ProfileGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>Spec §6.2.1/§6.3: query fields may run in parallel; the response keeps selection order.</summary>
public sealed class ParallelExecutionTests
{
    [Fact]
    public async Task Async_query_fields_run_concurrently()
    {
        var bothStarted = new TaskCompletionSource();
        var started = 0;
        async Task<object?> WaitForEachOther(object? value)
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }

            // Completes only if the other resolver started while this one was still waiting.
            await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
            return value;
        }

        var schema = Schema("type Query { a: Int b: Int }", b =>
        {
            b.AddResolver("Query.a", Async(_ => WaitForEachOther(1)));
            b.AddResolver("Query.b", Async(_ => WaitForEachOther(2)));
        });

        var json = await RunAsync(schema, "{ b a }");

        Assert.Equal(Json("{'data':{'b':2,'a':1}}"), json);
    }

    [Fact]
    public async Task Results_keep_selection_order_when_resolvers_finish_out_of_order()
    {
        var schema = Schema("type Query { items: [Item] } type Item { n: Int }", b =>
        {
            b.AddResolver("Query.items", Value(Enumerable.Range(0, 5).Select(i => Obj(("n", i))).ToArray()));
            b.AddResolver("Item.n", Async(async c =>
            {
                var n = (int)((IReadOnlyDictionary<string, object?>)c.Parent!)["n"]!;
                await Task.Delay((5 - n) * 10);
                return n;
            }));
        });

        var json = await RunAsync(schema, "{ items { n } }");

        Assert.Equal(Json("{'data':{'items':[{'n':0},{'n':1},{'n':2},{'n':3},{'n':4}]}}"), json);
    }
}

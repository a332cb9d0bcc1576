using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>Spec §6.2.2 "Mutation": root fields run serially, in order.</summary>
public sealed class MutationTests
{
    private const string Sdl = """
        type Query { counter: Int }
        type Mutation { add(by: Int!): Int strictAdd(by: Int!): Int! }
        """;

    private static Schema Counter(List<string> log, bool failStrict = false)
    {
        var value = 0;
        var running = 0;
        return Schema(Sdl, b =>
        {
            b.AddResolver("Query.counter", _ => new ValueTask<object?>(value));
            b.AddResolver("Mutation.add", Async(async c =>
            {
                var by = c.ArgumentValue<int>("by");
                if (Interlocked.Increment(ref running) > 1)
                {
                    log.Add("overlap");
                }

                log.Add("start " + by);
                await Task.Delay(by == 1 ? 60 : 1);
                value += by;
                log.Add("end " + by);
                Interlocked.Decrement(ref running);
                return value;
            }));
            b.AddResolver("Mutation.strictAdd", c =>
            {
                if (failStrict)
                {
                    throw new GraphQLException("rejected");
                }

                value += c.ArgumentValue<int>("by");
                return new ValueTask<object?>(value);
            });
        });
    }

    [Fact]
    public async Task Root_mutation_fields_run_one_after_another_in_document_order()
    {
        var log = new List<string>();
        var json = await RunAsync(Counter(log), "mutation { a: add(by: 1) b: add(by: 10) c: add(by: 100) }");
        Assert.Equal(Json("{'data':{'a':1,'b':11,'c':111}}"), json);
        Assert.Equal(["start 1", "end 1", "start 10", "end 10", "start 100", "end 100"], log);
    }

    [Fact]
    public async Task A_failed_non_null_mutation_field_nulls_data_and_stops_later_fields()
    {
        var log = new List<string>();
        var result = await ExecuteAsync(Counter(log, failStrict: true), "mutation { a: add(by: 1) s: strictAdd(by: 5) c: add(by: 100) }");
        Assert.True(result.IsDataNull);
        Assert.Equal("rejected", Assert.Single(result.Errors).Message);
        Assert.DoesNotContain("start 100", log);
    }

    [Fact]
    public async Task Mutations_are_refused_when_the_request_does_not_allow_them()
    {
        var log = new List<string>();
        var result = await ExecuteAsync(
            Counter(log), "mutation { add(by: 1) }", options: new RequestOptions { AllowMutations = false });
        Assert.Equal(ResultKind.OperationNotAllowed, result.Kind);
        Assert.False(result.HasData);
        Assert.Empty(log);
    }

    [Fact]
    public async Task Queries_still_run_when_mutations_are_not_allowed()
    {
        var result = await ExecuteAsync(
            Counter([]), "{ counter }", options: new RequestOptions { AllowMutations = false });
        Assert.Equal(ResultKind.Data, result.Kind);
        Assert.Equal(Json("{'data':{'counter':0}}"), result.ToJson());
    }

    [Fact]
    public async Task A_schema_without_mutations_rejects_a_mutation()
    {
        var result = await ExecuteAsync(Schema("type Query { a: Int }"), "mutation { a }");
        Assert.Equal(ResultKind.RequestError, result.Kind);
    }
}

using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>Batching through <see cref="IResolverContext.LoadAsync{TKey, TValue}"/>: one call per loader per wave.</summary>
public sealed class DataLoaderTests
{
    private const string Sdl = """
        type Query { posts: [Post] }
        type Post { id: Int author: User }
        type User { id: Int name: String best: User }
        """;

    private static Schema Build(List<IReadOnlyList<int>> calls, Func<IReadOnlyList<int>, Task<IReadOnlyDictionary<int, Dictionary<string, object?>>>>? load = null)
    {
        load ??= keys => Task.FromResult<IReadOnlyDictionary<int, Dictionary<string, object?>>>(
            keys.Where(k => k != 404).ToDictionary(k => k, k => Obj(("id", k), ("name", "user" + k), ("bestId", k + 100))));

        Task<IReadOnlyDictionary<int, Dictionary<string, object?>>> Batch(IReadOnlyList<int> keys, CancellationToken _)
        {
            lock (calls)
            {
                calls.Add(keys);
            }

            return load(keys);
        }

        return Schema(Sdl, b =>
        {
            b.AddResolver("Query.posts", Value(new[] { 1, 2, 3, 2, 404 }.Select(a => Obj(("id", a * 10), ("authorId", a))).ToArray()));
            b.AddResolver("Post.author", async c =>
                await c.LoadAsync<int, Dictionary<string, object?>>("users", (int)((IReadOnlyDictionary<string, object?>)c.Parent!)["authorId"]!, Batch));
            b.AddResolver("User.best", async c =>
                await c.LoadAsync<int, Dictionary<string, object?>>("users", (int)((IReadOnlyDictionary<string, object?>)c.Parent!)["bestId"]!, Batch));
        });
    }

    [Fact]
    public async Task Loads_of_one_wave_are_dispatched_as_one_batch_with_distinct_keys()
    {
        var calls = new List<IReadOnlyList<int>>();
        var json = await RunAsync(Build(calls), "{ posts { author { name } } }");
        Assert.Equal([1, 2, 3, 404], Assert.Single(calls));
        Assert.Equal(
            Json("{'data':{'posts':[{'author':{'name':'user1'}},{'author':{'name':'user2'}},{'author':{'name':'user3'}},{'author':{'name':'user2'}},{'author':null}]}}"),
            json);
    }

    [Fact]
    public async Task Each_level_of_nesting_is_one_more_batch()
    {
        var calls = new List<IReadOnlyList<int>>();
        await RunAsync(Build(calls), "{ posts { author { best { name } } } }");
        Assert.Equal(2, calls.Count);
        Assert.Equal([101, 102, 103], calls[1]);
    }

    [Fact]
    public async Task Keys_loaded_before_in_the_request_are_served_from_the_request_cache()
    {
        var calls = new List<IReadOnlyList<int>>();
        await RunAsync(Build(calls), "{ posts { author { id } again: author { name } } }");
        Assert.Single(calls);
    }

    [Fact]
    public async Task A_failing_batch_fails_every_field_that_waited_on_it()
    {
        var calls = new List<IReadOnlyList<int>>();
        var schema = Build(calls, _ => throw new GraphQLException("store down", "STORE"));
        var result = await ExecuteAsync(schema, "{ posts { author { name } } }");
        Assert.Equal(5, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal("STORE", e.Code));
        Assert.Equal(["posts", 0, "author"], result.Errors[0].Path);
    }

    [Fact]
    public async Task Resolvers_that_load_after_awaiting_something_else_are_still_batched_and_complete()
    {
        var calls = new List<IReadOnlyList<int>>();
        var schema = Schema(Sdl, b =>
        {
            b.AddResolver("Query.posts", Value(new[] { 1, 2 }.Select(a => Obj(("authorId", a))).ToArray()));
            b.AddResolver("Post.author", async c =>
            {
                await Task.Delay(5);
                return await c.LoadAsync<int, string>("names", (int)((IReadOnlyDictionary<string, object?>)c.Parent!)["authorId"]!, (keys, _) =>
                {
                    lock (calls)
                    {
                        calls.Add(keys);
                    }

                    return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "n" + k));
                }) is { } name ? Obj(("name", name)) : null;
            });
        });

        var json = await RunAsync(schema, "{ posts { author { name } } }");

        Assert.Equal(Json("{'data':{'posts':[{'author':{'name':'n1'}},{'author':{'name':'n2'}}]}}"), json);
        Assert.Equal(2, calls.Sum(c => c.Count));
    }
}

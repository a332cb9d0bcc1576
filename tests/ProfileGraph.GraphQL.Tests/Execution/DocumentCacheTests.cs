using ProfileGraph.GraphQL.Execution;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>The executor's document cache: parse and validate once per query text.</summary>
public sealed class DocumentCacheTests
{
    private static RequestExecutor Create(int size = 1000) =>
        (RequestExecutor)RequestExecutor.Create(
            Schema("type Query { a: Int b: String }", b => b.AddResolver("Query.a", Value(1))),
            new RequestExecutorOptions { DocumentCacheSize = size });

    [Fact]
    public void A_repeated_query_gets_the_same_prepared_document()
    {
        var executor = Create();
        var first = executor.PrepareDocument("{ a }");
        var second = executor.PrepareDocument("{ a }");
        Assert.Same(first, second);
        Assert.Same(first.Document, second.Document);
    }

    [Fact]
    public void Different_query_texts_are_different_entries()
    {
        var executor = Create();
        Assert.NotSame(executor.PrepareDocument("{ a }"), executor.PrepareDocument("{ a  }"));
        Assert.Equal(2, executor.CachedDocumentCount);
    }

    [Fact]
    public void Syntax_errors_are_cached_too()
    {
        var executor = Create();
        var first = executor.PrepareDocument("{ a ");
        Assert.False(first.IsValid);
        Assert.Same(first, executor.PrepareDocument("{ a "));
    }

    [Fact]
    public void The_least_recently_used_document_is_evicted_first()
    {
        var executor = Create(size: 2);
        var a = executor.PrepareDocument("{ a }");
        executor.PrepareDocument("{ b }");
        executor.PrepareDocument("{ a }"); // a is now the most recent
        executor.PrepareDocument("{ a b }"); // evicts { b }

        Assert.Equal(2, executor.CachedDocumentCount);
        Assert.Same(a, executor.PrepareDocument("{ a }"));
        Assert.Equal(2, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task Warm_requests_reuse_the_prepared_operation()
    {
        var executor = Create();
        await ExecuteAsync(executor, "{ a }");
        var document = executor.PrepareDocument("{ a }");
        var first = document.GetOperation(executor.Schema, null, out _);
        await ExecuteAsync(executor, "{ a }");
        Assert.Same(first, document.GetOperation(executor.Schema, null, out _));
    }

    [Fact]
    public async Task A_document_id_runs_a_document_sent_before_with_it()
    {
        var executor = Create();
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a }", DocumentId = "doc-1" });
        var byId = await executor.ExecuteAsync(new GraphQLRequest { DocumentId = "doc-1" });
        var unknown = await executor.ExecuteAsync(new GraphQLRequest { DocumentId = "doc-2" });

        Assert.Equal(Json("{'data':{'a':1}}"), byId.ToJson());
        Assert.Equal(ResultKind.RequestError, unknown.Kind);
        Assert.Equal("HC0020", Assert.Single(unknown.Errors).Code);
    }

    [Fact]
    public async Task Concurrent_requests_share_the_cache_safely()
    {
        var executor = Create(size: 16);
        var tasks = Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
            (await ExecuteAsync(executor, "{ a" + new string(' ', i % 32) + " }")).ToJson()));
        var results = await Task.WhenAll(tasks);
        Assert.All(results, json => Assert.Equal(Json("{'data':{'a':1}}"), json));
        Assert.True(executor.CachedDocumentCount <= 16);
    }
}

using ProfileGraph.GraphQL.Execution;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>Spec §6.1 "Executing Requests": validation before execution, introspection through the executor.</summary>
public sealed class RequestPipelineTests
{
    private static readonly ProfileGraph.GraphQL.Types.Schema Library = Schema(
        "type Query { book: Book } \"A book.\" type Book { title: String }",
        b => b.AddResolver("Query.book", Value(Obj(("title", "Dune")))));

    [Fact]
    public async Task An_invalid_document_is_a_request_error_and_nothing_runs()
    {
        var result = await ExecuteAsync(Library, "{ book { title pages } }");
        Assert.Equal(ResultKind.RequestError, result.Kind);
        Assert.False(result.HasData);
        Assert.Contains("pages", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Validation_errors_are_capped_by_the_executor_options()
    {
        var capped = await ExecuteAsync(Executor(Library, new RequestExecutorOptions { MaxValidationErrors = 2 }), "{ a b c d e }");
        var uncapped = await ExecuteAsync(Executor(Library, new RequestExecutorOptions { MaxValidationErrors = 10 }), "{ a b c d e }");
        Assert.Equal(ResultKind.RequestError, capped.Kind);
        Assert.Equal(2, capped.Errors.Count);
        Assert.Equal(5, uncapped.Errors.Count);
    }

    [Fact]
    public async Task A_repeated_invalid_document_returns_the_same_errors_from_the_cache()
    {
        var executor = (RequestExecutor)Executor(Library);
        var first = await ExecuteAsync(executor, "{ nope }");
        var second = await ExecuteAsync(executor, "{ nope }");
        Assert.Same(first.Errors, second.Errors);
    }

    [Fact]
    public async Task Introspection_fields_run_like_any_other_field()
    {
        var json = await RunAsync(Library, "{ __schema { queryType { name } } __type(name: \"Book\") { name kind description } }");
        Assert.Equal(
            Json("{'data':{'__schema':{'queryType':{'name':'Query'}},'__type':{'name':'Book','kind':'OBJECT','description':'A book.'}}}"),
            json);
    }

    [Fact]
    public async Task Typename_is_available_on_the_mutation_root()
    {
        var schema = Schema("type Query { a: Int } type Mutation { b: Int }");
        var json = await RunAsync(schema, "mutation { __typename }");
        Assert.Equal(Json("{'data':{'__typename':'Mutation'}}"), json);
    }
}

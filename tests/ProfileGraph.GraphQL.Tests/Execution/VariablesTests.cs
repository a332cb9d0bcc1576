using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>Spec §6.1.2 "Coercing Variable Values" and variables in arguments and directives.</summary>
public sealed class VariablesTests
{
    private const string Sdl = """
        type Query {
          echo(text: String, times: Int = 1): String
          sum(values: [Int!]!): Int
          find(filter: Filter): String
          profile: Profile
        }
        input Filter { name: String! tags: [String!] }
        type Profile { name: String email: String }
        """;

    private static Schema Build() => Schema(Sdl, b =>
    {
        b.AddResolver("Query.echo", c => new ValueTask<object?>(
            string.Concat(Enumerable.Repeat(c.ArgumentValue<string>("text") ?? "<none>", c.ArgumentValue<int>("times")))));
        b.AddResolver("Query.sum", c => new ValueTask<object?>(c.ArgumentValue<int[]>("values").Sum()));
        b.AddResolver("Query.find", c =>
        {
            var filter = c.ArgumentValue<IReadOnlyDictionary<string, object?>>("filter");
            var tags = filter.TryGetValue("tags", out var t) && t is IReadOnlyList<object?> list ? string.Join(",", list) : "-";
            return new ValueTask<object?>($"{filter["name"]}:{tags}");
        });
        b.AddResolver("Query.profile", Value(Obj(("name", "Ada"), ("email", "ada@example.com"))));
    });

    [Fact]
    public async Task Variables_are_coerced_and_passed_to_arguments()
    {
        var json = await RunAsync(Build(), "query ($t: String, $n: Int) { echo(text: $t, times: $n) }", "{'t':'ab','n':2}");
        Assert.Equal(Json("{'data':{'echo':'abab'}}"), json);
    }

    [Fact]
    public async Task Variable_defaults_apply_when_the_variable_is_not_given()
    {
        var json = await RunAsync(Build(), "query ($t: String = \"dflt\") { echo(text: $t) }");
        Assert.Equal(Json("{'data':{'echo':'dflt'}}"), json);
    }

    [Fact]
    public async Task An_unprovided_variable_leaves_the_argument_default_in_place()
    {
        var json = await RunAsync(Build(), "query ($n: Int) { echo(text: \"x\", times: $n) }");
        Assert.Equal(Json("{'data':{'echo':'x'}}"), json);
    }

    [Fact]
    public async Task Lists_and_input_objects_arrive_as_runtime_values()
    {
        var json = await RunAsync(
            Build(),
            "query ($v: [Int!]!, $f: Filter) { sum(values: $v) find(filter: $f) inline: find(filter: {name: \"n\", tags: \"one\"}) }",
            "{'v':[1,2,3],'f':{'name':'Ada','tags':['a','b']}}");
        Assert.Equal(Json("{'data':{'sum':6,'find':'Ada:a,b','inline':'n:one'}}"), json);
    }

    [Fact]
    public async Task A_missing_required_variable_is_a_request_error()
    {
        var result = await ExecuteAsync(Build(), "query ($v: [Int!]!) { sum(values: $v) }");
        Assert.Equal(ResultKind.RequestError, result.Kind);
        Assert.False(result.HasData);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_a_request_error()
    {
        var result = await ExecuteAsync(Build(), "query ($n: Int) { echo(times: $n) }", "{'n':'many'}");
        Assert.Equal(ResultKind.RequestError, result.Kind);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public async Task Skip_and_include_follow_variables_on_each_request_of_a_cached_document()
    {
        var executor = Executor(Build());
        const string query = "query ($withEmail: Boolean!, $noName: Boolean!) { profile { name @skip(if: $noName) email @include(if: $withEmail) } }";

        var first = await ExecuteAsync(executor, query, "{'withEmail':true,'noName':false}");
        var second = await ExecuteAsync(executor, query, "{'withEmail':false,'noName':true}");

        Assert.Equal(Json("{'data':{'profile':{'name':'Ada','email':'ada@example.com'}}}"), first.ToJson());
        Assert.Equal(Json("{'data':{'profile':{}}}"), second.ToJson());
    }

    [Fact]
    public async Task A_conditional_fragment_excludes_its_fields_but_not_the_same_field_selected_elsewhere()
    {
        const string query = """
            query ($x: Boolean!) {
              profile { ... @include(if: $x) { name email } name }
            }
            """;
        var executor = Executor(Build());
        var excluded = await ExecuteAsync(executor, query, "{'x':false}");
        var included = await ExecuteAsync(executor, query, "{'x':true}");

        Assert.Equal(Json("{'data':{'profile':{'name':'Ada'}}}"), excluded.ToJson());
        Assert.Equal(Json("{'data':{'profile':{'name':'Ada','email':'ada@example.com'}}}"), included.ToJson());
    }

    [Fact]
    public async Task Sub_selections_of_an_excluded_field_node_are_excluded_too()
    {
        const string query = "query ($x: Boolean!) { profile @include(if: $x) { email } profile { name } }";
        var json = (await ExecuteAsync(Executor(Build()), query, "{'x':false}")).ToJson();
        Assert.Equal(Json("{'data':{'profile':{'name':'Ada'}}}"), json);
    }

    [Fact]
    public async Task Arguments_with_variables_are_coerced_per_request()
    {
        var executor = Executor(Build());
        const string query = "query ($t: String) { echo(text: $t) }";
        var a = await ExecuteAsync(executor, query, "{'t':'a'}");
        var b = await ExecuteAsync(executor, query, "{'t':'b'}");
        Assert.Equal(Json("{'data':{'echo':'a'}}"), a.ToJson());
        Assert.Equal(Json("{'data':{'echo':'b'}}"), b.ToJson());
    }

    [Fact]
    public async Task Has_argument_is_false_for_an_unprovided_variable()
    {
        var seen = new List<bool>();
        var schema = Schema(Sdl, b => b.AddResolver("Query.echo", c =>
        {
            seen.Add(c.HasArgument("text"));
            return new ValueTask<object?>("x");
        }));
        await ExecuteAsync(schema, "query ($t: String) { a: echo(text: $t) b: echo(text: null) }");
        Assert.Equal([false, true], seen);
    }
}

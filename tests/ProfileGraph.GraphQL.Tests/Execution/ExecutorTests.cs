using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace ProfileGraph.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private const string Sdl = """
        type Query {
          hero: Character
          greeting(name: String = "world", times: Int): String
          numbers: [Int]
          color: Color
          when: DateTime
        }
        type Character { name: String id: ID friends: [Character] }
        enum Color { RED DARK_BLUE }
        scalar DateTime
        """;

    private static readonly Dictionary<string, object?> Luke = Obj(
        ("name", "Luke"), ("id", "1000"),
        ("friends", new[] { Obj(("name", "Han"), ("id", "1002")), Obj(("name", "Leia"), ("id", "1003")) }));

    private static Schema StarWars(Action<SchemaBuilder>? configure = null) => Schema(Sdl, b =>
    {
        b.AddResolver("Query.hero", Value(Luke));
        b.AddResolver("Query.greeting", c =>
            new ValueTask<object?>(string.Concat(Enumerable.Repeat("hello " + c.ArgumentValue<string>("name"), c.ArgumentValue<int?>("times") ?? 1))));
        b.AddResolver("Query.numbers", Value(new List<int> { 1, 2, 3 }));
        configure?.Invoke(b);
    });

    [Fact]
    public async Task Executes_nested_selections_with_the_default_resolver()
    {
        var json = await RunAsync(StarWars(), "{ hero { name friends { name } } }");
        Assert.Equal(Json("{'data':{'hero':{'name':'Luke','friends':[{'name':'Han'},{'name':'Leia'}]}}}"), json);
    }

    [Fact]
    public async Task Aliases_name_the_response_keys_in_selection_order()
    {
        var json = await RunAsync(StarWars(), "{ b: hero { id } a: hero { first: name } }");
        Assert.Equal(Json("{'data':{'b':{'id':'1000'},'a':{'first':'Luke'}}}"), json);
    }

    [Fact]
    public async Task Fields_with_the_same_response_key_are_merged_in_first_occurrence_order()
    {
        // Spec §6.3.2 example: fields of both selections merge under one key, ordered by first appearance.
        var json = await RunAsync(StarWars(), "{ hero { name } numbers hero { id ...F } } fragment F on Character { name friends { id } }");
        Assert.Equal(
            Json("{'data':{'hero':{'name':'Luke','id':'1000','friends':[{'id':'1002'},{'id':'1003'}]},'numbers':[1,2,3]}}"),
            json);
    }

    [Fact]
    public async Task Inline_fragments_and_typename_are_executed()
    {
        var json = await RunAsync(StarWars(), "{ __typename hero { __typename ... on Character { name } ... { id } } }");
        Assert.Equal(Json("{'data':{'__typename':'Query','hero':{'__typename':'Character','name':'Luke','id':'1000'}}}"), json);
    }

    [Fact]
    public async Task Literal_skip_and_include_remove_fields_and_fragments()
    {
        var json = await RunAsync(
            StarWars(),
            "{ hero { name @skip(if: true) id @include(if: false) ... on Character @include(if: true) { friends @skip(if: false) { name } } } }");
        Assert.Equal(Json("{'data':{'hero':{'friends':[{'name':'Han'},{'name':'Leia'}]}}}"), json);
    }

    [Fact]
    public async Task Arguments_use_literals_and_default_values()
    {
        var json = await RunAsync(StarWars(), "{ a: greeting b: greeting(name: \"Rey\", times: 2) }");
        Assert.Equal(Json("{'data':{'a':'hello world','b':'hello Reyhello Rey'}}"), json);
    }

    [Fact]
    public async Task Enum_results_are_written_by_value_name_from_strings_and_clr_enums()
    {
        var fromString = await RunAsync(StarWars(b => b.AddResolver("Query.color", Value("RED"))), "{ color }");
        var fromEnum = await RunAsync(StarWars(b => b.AddResolver("Query.color", Value(Shade.DarkBlue))), "{ color }");
        Assert.Equal(Json("{'data':{'color':'RED'}}"), fromString);
        Assert.Equal(Json("{'data':{'color':'DARK_BLUE'}}"), fromEnum);
    }

    [Fact]
    public async Task An_unknown_enum_value_is_a_field_error()
    {
        var json = await RunAsync(StarWars(b => b.AddResolver("Query.color", Value("GREEN"))), "{ color }");
        Assert.Equal(
            Json("{'errors':[{'message':'Enum \\u0022Color\\u0022 cannot represent value: GREEN','locations':[{'line':1,'column':3}],'path':['color']}],'data':{'color':null}}").Replace("\\u0022", "\\\""),
            json);
    }

    [Fact]
    public async Task A_leaf_value_the_scalar_cannot_serialize_is_a_field_error_with_path()
    {
        var result = await ExecuteAsync(StarWars(b => b.AddResolver("Query.numbers", Value(new object[] { 1, "two", 3 }))), "{ numbers }");
        var error = Assert.Single(result.Errors);
        Assert.Equal(["numbers", 1], error.Path);
        Assert.Contains("{\"numbers\":[1,null,3]}", result.ToJson());
    }

    [Fact]
    public async Task Custom_scalars_are_serialized_by_their_scalar_type()
    {
        var when = new DateTimeOffset(2024, 5, 1, 12, 30, 0, TimeSpan.Zero);
        var json = await RunAsync(StarWars(b => b.AddResolver("Query.when", Value(when))), "{ when }");
        Assert.StartsWith(Json("{'data':{'when':'2024-05-01T12:30:00"), json);
    }

    [Fact]
    public async Task A_non_list_value_for_a_list_field_is_a_field_error()
    {
        var result = await ExecuteAsync(StarWars(b => b.AddResolver("Query.numbers", Value(5))), "{ numbers }");
        Assert.Equal("Expected Iterable, but did not find one for field \"Query.numbers\".", Assert.Single(result.Errors).Message);
        Assert.Equal(Json("{'numbers':null}"), result.ToJson()[(result.ToJson().IndexOf("\"data\":", StringComparison.Ordinal) + 7)..^1]);
    }

    [Fact]
    public async Task Clr_objects_are_read_by_property_name()
    {
        var json = await RunAsync(StarWars(b => b.AddResolver("Query.hero", Value(new Hero("Rey", "2001")))), "{ hero { name id friends { name } } }");
        Assert.Equal(Json("{'data':{'hero':{'name':'Rey','id':'2001','friends':null}}}"), json);
    }

    [Fact]
    public async Task Json_element_parents_are_read_by_property()
    {
        var hero = Parse("{'name':'Finn','friends':[{'name':'Poe'}]}");
        var json = await RunAsync(StarWars(b => b.AddResolver("Query.hero", Value(hero))), "{ hero { name id friends { name } } }");
        Assert.Equal(Json("{'data':{'hero':{'name':'Finn','id':null,'friends':[{'name':'Poe'}]}}}"), json);
    }

    [Fact]
    public async Task Resolvers_see_parent_path_type_selection_and_request_state()
    {
        IResolverContext? seen = null;
        string? path = null;
        object? state = null;
        var schema = StarWars(b => b.AddResolver("Character.name", c =>
        {
            seen = c;
            path = c.Path.ToString();
            state = c.ContextData["tenant"];
            return new ValueTask<object?>("x");
        }));
        var options = new RequestOptions { ContextData = new Dictionary<string, object?> { ["tenant"] = "t1" } };

        await ExecuteAsync(schema, "{ hero { nick: name } }", options: options);

        Assert.NotNull(seen);
        Assert.Equal("/hero/nick", path);
        Assert.Equal("t1", state);
        Assert.Equal("Character", seen!.ParentType.Name);
        Assert.Equal("Character.name", seen.Field.Coordinate);
        Assert.Equal("nick", seen.Selection.Alias?.Value);
    }

    [Fact]
    public async Task Root_value_is_the_parent_of_root_fields()
    {
        var schema = Schema("type Query { version: String }");
        var json = await RunAsync(schema, "{ version }", options: new RequestOptions { RootValue = Obj(("version", "1.2")) });
        Assert.Equal(Json("{'data':{'version':'1.2'}}"), json);
    }

    [Fact]
    public async Task Look_ahead_lists_the_merged_sub_selections_with_arguments()
    {
        IReadOnlyList<SelectedField>? selections = null;
        var schema = StarWars(b => b.AddResolver("Query.hero", c =>
        {
            selections = c.GetSelections();
            return new ValueTask<object?>(Luke);
        }));

        await ExecuteAsync(schema, "{ hero { __typename name ... on Character { id friends { name } } nick: name @skip(if: true) } }");

        Assert.NotNull(selections);
        Assert.Equal(["name", "id", "friends"], selections!.Select(s => s.ResponseName));
        var friends = selections[2];
        Assert.Equal("Character.friends", friends.Field.Coordinate);
        Assert.Equal(["name"], friends.GetSelections().Select(s => s.Name));
    }

    [Fact]
    public async Task Reported_errors_are_added_without_nulling_the_field()
    {
        var schema = StarWars(b => b.AddResolver("Query.greeting", c =>
        {
            c.ReportError(new GraphQLError("partial"));
            return new ValueTask<object?>("hi");
        }));
        var json = await RunAsync(schema, "{ greeting }");
        Assert.Equal(Json("{'errors':[{'message':'partial','locations':[{'line':1,'column':3}],'path':['greeting']}],'data':{'greeting':'hi'}}"), json);
    }

    [Fact]
    public async Task Has_argument_is_true_only_for_given_arguments()
    {
        var given = new List<bool>();
        var schema = StarWars(b => b.AddResolver("Query.greeting", c =>
        {
            given.Add(c.HasArgument("times"));
            return new ValueTask<object?>("x");
        }));

        await ExecuteAsync(schema, "{ a: greeting b: greeting(times: 2) }");

        Assert.Equal([false, true], given);
    }

    [Fact]
    public async Task Services_are_passed_to_resolvers()
    {
        object? service = null;
        var schema = StarWars(b => b.AddResolver("Query.greeting", c =>
        {
            service = c.Services.GetService(typeof(string));
            return new ValueTask<object?>("x");
        }));

        await ExecuteAsync(schema, "{ greeting }", options: new RequestOptions { Services = new SingleService("svc") });

        Assert.Equal("svc", service);
    }

    [Fact]
    public async Task A_syntax_error_is_a_request_error_without_data()
    {
        var result = await ExecuteAsync(StarWars(), "{ hero { ");
        Assert.Equal(ResultKind.RequestError, result.Kind);
        Assert.False(result.HasData);
        Assert.Single(result.Errors);
        Assert.DoesNotContain("\"data\"", result.ToJson());
    }

    [Fact]
    public async Task A_request_without_query_or_id_is_a_request_error()
    {
        var result = await RequestExecutor.Create(StarWars()).ExecuteAsync(new GraphQLRequest());
        Assert.Equal(ResultKind.RequestError, result.Kind);
        Assert.Equal("HC0013", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task The_named_operation_is_selected()
    {
        var result = await ExecuteAsync(StarWars(), "query A { numbers } query B { greeting }", operationName: "B");
        Assert.Equal(Json("{'data':{'greeting':'hello world'}}"), result.ToJson());
    }

    [Fact]
    public async Task Several_operations_without_a_name_are_a_request_error()
    {
        var result = await ExecuteAsync(StarWars(), "query A { numbers } query B { greeting }");
        Assert.Equal(ResultKind.RequestError, result.Kind);
        Assert.Equal("Must provide operation name if query contains multiple operations.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task An_unknown_operation_name_is_a_request_error()
    {
        var result = await ExecuteAsync(StarWars(), "query A { numbers }", operationName: "C");
        Assert.Equal(ResultKind.RequestError, result.Kind);
        Assert.Equal("Unknown operation named \"C\".", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Subscriptions_are_rejected_with_a_request_error()
    {
        var schema = Schema("type Query { a: Int } type Subscription { tick: Int }");
        var result = await ExecuteAsync(schema, "subscription { tick }");
        Assert.Equal(ResultKind.RequestError, result.Kind);
        Assert.Contains("not supported", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Errors_are_written_before_data()
    {
        var json = await RunAsync(StarWars(b => b.AddResolver("Query.numbers", Fail(new InvalidOperationException("secret")))), "{ greeting numbers }");
        Assert.StartsWith("{\"errors\":", json);
        Assert.True(json.IndexOf("\"errors\"", StringComparison.Ordinal) < json.IndexOf("\"data\"", StringComparison.Ordinal));
        Assert.DoesNotContain("secret", json);
    }

    private enum Shade
    {
        Red,
        DarkBlue,
    }

    private sealed record Hero(string Name, string Id);

    private sealed class SingleService(string value) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(string) ? value : null;
    }
}

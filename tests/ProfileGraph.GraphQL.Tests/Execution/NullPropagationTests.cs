using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>Spec §6.4.4 "Handling Field Errors" and §6.4.3 non-null completion.</summary>
public sealed class NullPropagationTests
{
    private const string Sdl = """
        type Query {
          nullableUser: User
          user: User!
          users: [User!]
          items: [String]!
          strictItems: [String!]!
        }
        type User {
          name: String
          requiredName: String!
          boom: String
          friend: User
          requiredFriend: User!
        }
        """;

    private static Schema Build(Action<SchemaBuilder>? configure = null) => Schema(Sdl, b =>
    {
        var user = Obj(("name", "Ada"), ("requiredName", null), ("friend", null));
        b.AddResolver("Query.nullableUser", Value(user));
        b.AddResolver("Query.user", Value(user));
        b.AddResolver("Query.users", Value(new[] { Obj(("name", "a"), ("requiredName", "A")), Obj(("name", "b")) }));
        b.AddResolver("Query.items", Value(new[] { "x", null, "z" }));
        b.AddResolver("Query.strictItems", Value(new[] { "x", null }));
        b.AddResolver("User.boom", Fail(new InvalidOperationException("database password is hunter2")));
        b.AddResolver("User.requiredFriend", Value(Obj(("requiredName", null))));
        configure?.Invoke(b);
    });

    [Fact]
    public async Task A_failing_nullable_field_becomes_null_with_an_error_at_its_path()
    {
        var json = await RunAsync(Build(), "{ nullableUser { name boom } }");
        Assert.Equal(
            Json("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':23}],'path':['nullableUser','boom']}],'data':{'nullableUser':{'name':'Ada','boom':null}}}"),
            json);
    }

    [Fact]
    public async Task A_null_non_null_field_nulls_its_nullable_parent()
    {
        var json = await RunAsync(Build(), "{ nullableUser { name requiredName } }");
        Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field User.requiredName.','locations':[{'line':1,'column':23}],'path':['nullableUser','requiredName'],'extensions':{'code':'HC0018'}}],'data':{'nullableUser':null}}"),
            json);
    }

    [Fact]
    public async Task Null_propagates_through_non_null_fields_to_data()
    {
        var result = await ExecuteAsync(Build(), "{ user { requiredFriend { requiredName } } }");
        Assert.True(result.IsDataNull);
        var error = Assert.Single(result.Errors);
        Assert.Equal(["user", "requiredFriend", "requiredName"], error.Path);
        Assert.EndsWith("\"data\":null}", result.ToJson());
    }

    [Fact]
    public async Task Propagation_stops_at_the_first_nullable_ancestor()
    {
        var json = await RunAsync(Build(), "{ nullableUser { requiredFriend { requiredName } } user { name } }");
        Assert.Contains(Json("'data':{'nullableUser':null,'user':{'name':'Ada'}}"), json);
    }

    [Fact]
    public async Task A_null_item_of_a_non_null_item_list_nulls_the_list()
    {
        var result = await ExecuteAsync(Build(), "{ users { requiredName } }");
        Assert.Equal(["users", 1, "requiredName"], Assert.Single(result.Errors).Path);
        Assert.EndsWith(Json("'data':{'users':null}}"), result.ToJson());
    }

    [Fact]
    public async Task Null_items_of_a_nullable_item_list_are_kept()
    {
        var json = await RunAsync(Build(), "{ items }");
        Assert.Equal(Json("{'data':{'items':['x',null,'z']}}"), json);
    }

    [Fact]
    public async Task A_null_item_in_a_non_null_list_of_non_null_items_nulls_data()
    {
        var result = await ExecuteAsync(Build(), "{ strictItems items }");
        Assert.True(result.IsDataNull);
        var error = Assert.Single(result.Errors);
        Assert.Equal(["strictItems", 1], error.Path);
        Assert.Equal("Cannot return null for non-nullable field Query.strictItems.", error.Message);
    }

    [Fact]
    public async Task Unexpected_exceptions_hide_their_details()
    {
        var json = await RunAsync(Build(), "{ nullableUser { boom } }");
        Assert.DoesNotContain("hunter2", json);
        Assert.Contains("Unexpected Execution Error", json);
    }

    [Fact]
    public async Task A_graphql_exception_keeps_its_message_and_code_and_gains_path_and_locations()
    {
        var schema = Build(b => b.AddResolver("User.boom", Fail(new GraphQLException("Profile not found.", "PROFILE_NOT_FOUND"))));
        var json = await RunAsync(schema, "{ nullableUser { boom } }");
        Assert.Equal(
            Json("{'errors':[{'message':'Profile not found.','locations':[{'line':1,'column':18}],'path':['nullableUser','boom'],'extensions':{'code':'PROFILE_NOT_FOUND'}}],'data':{'nullableUser':{'boom':null}}}"),
            json);
    }

    [Fact]
    public async Task A_failing_non_null_field_reports_one_error_and_nulls_the_parent()
    {
        var schema = Build(b => b.AddResolver("User.requiredName", Fail(new GraphQLException("nope"))));
        var result = await ExecuteAsync(schema, "{ nullableUser { requiredName } }");
        Assert.Equal("nope", Assert.Single(result.Errors).Message);
        Assert.EndsWith(Json("'data':{'nullableUser':null}}"), result.ToJson());
    }

    [Fact]
    public async Task Errors_of_sibling_fields_are_all_reported()
    {
        var result = await ExecuteAsync(Build(), "{ a: nullableUser { boom } b: nullableUser { boom } }");
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal(["a", "boom"], result.Errors[0].Path);
        Assert.Equal(["b", "boom"], result.Errors[1].Path);
    }

    [Fact]
    public async Task Async_failures_propagate_like_synchronous_ones()
    {
        var schema = Build(b => b.AddResolver("User.requiredName", Async(async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("late");
        })));
        var result = await ExecuteAsync(schema, "{ user { requiredName } }");
        Assert.True(result.IsDataNull);
        Assert.Equal(["user", "requiredName"], Assert.Single(result.Errors).Path);
    }
}

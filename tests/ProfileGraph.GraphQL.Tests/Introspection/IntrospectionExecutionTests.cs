using System.Text.Json;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Introspection;

public sealed class IntrospectionExecutionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        scalar Date
        type User { id: String name: String birthday: Date }
        enum Role { ADMIN GUEST @deprecated(reason: "no guests") }
        input By @oneOf { id: ID name: String }
        type Query { user(by: By): User role: Role at: DateTime }
        """).Build();

    private static async Task<string> RunAsync(string query)
    {
        var result = await RequestExecutor.Create(Schema).ExecuteAsync(new GraphQLRequest(query));
        return result.ToJson();
    }

    [Fact]
    public async Task Spec_example_type_introspection()
    {
        var json = await RunAsync("""{ __type(name: "User") { name fields { name type { name } } } }""");

        Assert.Equal(
            """{"data":{"__type":{"name":"User","fields":[{"name":"id","type":{"name":"String"}},{"name":"name","type":{"name":"String"}},{"name":"birthday","type":{"name":"Date"}}]}}}""",
            json);
    }

    [Fact]
    public async Task Deprecated_enum_values_are_listed_only_on_request()
    {
        var json = await RunAsync("""
            { role: __type(name: "Role") {
                kind
                active: enumValues { name }
                all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }
            """);

        Assert.Equal(
            """{"data":{"role":{"kind":"ENUM","active":[{"name":"ADMIN"}],"all":[{"name":"ADMIN","isDeprecated":false,"deprecationReason":null},{"name":"GUEST","isDeprecated":true,"deprecationReason":"no guests"}]}}}""",
            json);
    }

    [Fact]
    public async Task OneOf_and_specified_by_are_exposed()
    {
        var json = await RunAsync("""
            { by: __type(name: "By") { isOneOf inputFields { name type { kind name } } }
              at: __type(name: "DateTime") { kind specifiedByURL } }
            """);

        Assert.Equal(
            """{"data":{"by":{"isOneOf":true,"inputFields":[{"name":"id","type":{"kind":"SCALAR","name":"ID"}},{"name":"name","type":{"kind":"SCALAR","name":"String"}}]},"at":{"kind":"SCALAR","specifiedByURL":"https://www.graphql-scalars.com/date-time"}}}""",
            json);
    }

    [Fact]
    public async Task Schema_roots_and_typename()
    {
        var json = await RunAsync("{ __typename __schema { queryType { name } mutationType { name } } }");

        Assert.Equal("""{"data":{"__typename":"Query","__schema":{"queryType":{"name":"Query"},"mutationType":null}}}""", json);
    }

    [Fact]
    public async Task Full_introspection_query_runs_without_errors()
    {
        using var document = JsonDocument.Parse(await RunAsync(IntrospectionQuery));
        var root = document.RootElement;

        Assert.False(root.TryGetProperty("errors", out _), root.GetRawText());
        var schema = root.GetProperty("data").GetProperty("__schema");
        var typeNames = schema.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToArray();
        Assert.Contains("User", typeNames);
        Assert.Contains("__Directive", typeNames);
        Assert.DoesNotContain(
            schema.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Query").GetProperty("fields").EnumerateArray(),
            f => f.GetProperty("name").GetString()!.StartsWith("__", StringComparison.Ordinal));
        var skip = schema.GetProperty("directives").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "skip");
        Assert.Equal("""["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"]""", skip.GetProperty("locations").GetRawText());
    }

    // The query graphql-js getIntrospectionQuery builds with every option on (as IDEs send it).
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }
        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }
        fragment TypeRef on __Type {
          kind
          name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        }
        """;
}

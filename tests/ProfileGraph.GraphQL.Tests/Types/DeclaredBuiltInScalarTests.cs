using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Types.Scalars;

namespace ProfileGraph.GraphQL.Tests.Types;

public sealed class DeclaredBuiltInScalarTests
{
    private const string Sdl = """
        directive @tag(name: String!) on SCALAR

        "When something happened, in UTC."
        scalar DateTime @specifiedBy(url: "https://example.com/instant") @tag(name: "time")

        "Any JSON value."
        scalar JSON

        type Query { at: DateTime data: JSON n: Long }
        """;

    private static readonly Schema Schema = SchemaBuilder.FromSdl(Sdl).Build();

    [Fact]
    public void Sdl_description_and_specified_by_url_replace_the_built_in_ones()
    {
        var dateTime = (ScalarType)Schema.GetType("DateTime")!;
        var json = (ScalarType)Schema.GetType("JSON")!;

        Assert.Equal(("When something happened, in UTC.", "https://example.com/instant"), (dateTime.Description, dateTime.SpecifiedByUrl));
        Assert.Equal("Any JSON value.", json.Description);
        Assert.Equal(["specifiedBy", "tag"], dateTime.Directives.Select(d => d.Name.Value));
    }

    [Fact]
    public void Declared_built_in_scalars_keep_the_built_in_coercion()
    {
        var dateTime = (ScalarType)Schema.GetType("DateTime")!;

        var parsed = dateTime.ParseLiteral(new StringValueNode("2024-05-01T10:00:00Z"));

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), parsed);
        Assert.Throws<ScalarCoercionException>(() => dateTime.ParseLiteral(new StringValueNode("yesterday")));
        Assert.Throws<ScalarCoercionException>(() => dateTime.ParseLiteral(new IntValueNode("1")));
    }

    [Fact]
    public void The_shared_built_in_instances_are_not_changed_by_a_schema()
    {
        Assert.Equal("https://www.graphql-scalars.com/date-time", BuiltInScalars.DateTime.SpecifiedByUrl);
        Assert.Equal("The `DateTime` scalar represents an ISO-8601 compliant date time type.", BuiltInScalars.DateTime.Description);
        Assert.Empty(BuiltInScalars.DateTime.Directives);
        Assert.Same(BuiltInScalars.Long, Schema.GetType("Long"));
    }

    [Fact]
    public void A_plain_declaration_still_uses_the_built_in_scalar()
    {
        var schema = SchemaBuilder.FromSdl("scalar DateTime type Query { at: DateTime }").Build();

        Assert.Same(BuiltInScalars.DateTime, schema.GetType("DateTime"));
    }

    [Fact]
    public void Printer_shows_what_the_sdl_says()
    {
        var printed = SchemaPrinter.Print(Schema);

        Assert.Contains(
            "\"When something happened, in UTC.\"\nscalar DateTime @specifiedBy(url: \"https://example.com/instant\") @tag(name: \"time\")",
            printed,
            StringComparison.Ordinal);
        Assert.Contains("\"Any JSON value.\"\nscalar JSON", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_shows_what_the_sdl_says()
    {
        var result = await RequestExecutor.Create(Schema).ExecuteAsync(
            new GraphQLRequest("""{ __type(name: "DateTime") { description specifiedByURL } }"""));

        Assert.Equal(
            """{"data":{"__type":{"description":"When something happened, in UTC.","specifiedByURL":"https://example.com/instant"}}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Declared_date_time_values_are_coerced_in_queries()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query.at", _ => ValueTask.FromResult<object?>(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero)))
            .Build();

        var result = await RequestExecutor.Create(schema).ExecuteAsync(new GraphQLRequest("{ at }"));

        Assert.Equal("""{"data":{"at":"2024-05-01T10:00:00.000Z"}}""", result.ToJson());
    }
}

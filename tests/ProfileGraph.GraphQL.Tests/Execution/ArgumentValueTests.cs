using static ProfileGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary><c>IResolverContext.ArgumentValue&lt;T&gt;</c> converts coerced values to the CLR type asked for.</summary>
public sealed class ArgumentValueTests
{
    private const string Sdl = """
        type Query { pick(level: Level, tags: [String], limit: Int, big: Long): String }
        enum Level { LOW VERY_HIGH }
        scalar Long
        """;

    private enum Level
    {
        Low,
        VeryHigh,
    }

    private static async Task<string> PickAsync(string arguments, Func<ProfileGraph.GraphQL.Execution.IResolverContext, string> read)
    {
        var schema = Schema(Sdl, b => b.AddResolver("Query.pick", c => new ValueTask<object?>(read(c))));
        return await RunAsync(schema, "{ pick" + arguments + " }");
    }

    [Fact]
    public async Task Enum_names_convert_to_clr_enums()
    {
        var json = await PickAsync("(level: VERY_HIGH)", c => c.ArgumentValue<Level>("level").ToString());
        Assert.Equal(Json("{'data':{'pick':'VeryHigh'}}"), json);
    }

    [Fact]
    public async Task Lists_convert_to_typed_lists_and_arrays()
    {
        var json = await PickAsync("(tags: [\"a\", \"b\"])", c =>
            string.Join("+", c.ArgumentValue<List<string>>("tags")) + "|" + c.ArgumentValue<string[]>("tags").Length);
        Assert.Equal(Json("{'data':{'pick':'a+b|2'}}"), json);
    }

    [Fact]
    public async Task Numbers_widen_and_absent_arguments_are_default()
    {
        var json = await PickAsync("(limit: 7)", c =>
            $"{c.ArgumentValue<long>("limit")}:{c.ArgumentValue<int?>("big")?.ToString() ?? "none"}:{c.ArgumentValue<Level?>("level")?.ToString() ?? "none"}");
        Assert.Equal(Json("{'data':{'pick':'7:none:none'}}"), json);
    }

    [Fact]
    public async Task A_bad_argument_literal_is_a_request_error_before_execution()
    {
        var executed = false;
        var result = await ExecuteAsync(
            Schema(Sdl, b => b.AddResolver("Query.pick", _ =>
            {
                executed = true;
                return new ValueTask<object?>("x");
            })),
            "{ pick(limit: \"seven\") }");
        Assert.False(executed);
        Assert.Equal(ProfileGraph.GraphQL.Execution.ResultKind.RequestError, result.Kind);
    }
}

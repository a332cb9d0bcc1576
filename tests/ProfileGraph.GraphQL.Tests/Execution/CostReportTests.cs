using ProfileGraph.GraphQL.Execution;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>The <c>GraphQL-Cost</c> modes: report the cost with the result, or only compute it.</summary>
public sealed class CostReportTests
{
    private static readonly ProfileGraph.GraphQL.Types.Schema Shop = Schema(
        "type Query { products: [Product] } type Product { name: String }",
        b => b.AddResolver("Query.products", Value(new[] { Obj(("name", "pen")) })));

    [Fact]
    public async Task Report_mode_adds_operation_cost_after_data()
    {
        var result = await ExecuteAsync(Shop, "{ products { name } }", options: new RequestOptions { Cost = CostMode.Report });
        var json = result.ToJson();
        Assert.Equal(ResultKind.Data, result.Kind);
        Assert.StartsWith(Json("{'data':{'products':[{'name':'pen'}]},'extensions':{'operationCost':{'fieldCost':"), json);
        Assert.Contains("\"typeCost\":", json);
    }

    [Fact]
    public async Task Validate_mode_returns_the_cost_without_executing()
    {
        var executed = false;
        var schema = Schema("type Query { a: Int }", b => b.AddResolver("Query.a", _ =>
        {
            executed = true;
            return new ValueTask<object?>(1);
        }));

        var result = await ExecuteAsync(schema, "{ a }", options: new RequestOptions { Cost = CostMode.Validate });

        Assert.Equal(ResultKind.CostOnly, result.Kind);
        Assert.False(executed);
        Assert.StartsWith(Json("{'extensions':{'operationCost':{"), result.ToJson());
    }
}

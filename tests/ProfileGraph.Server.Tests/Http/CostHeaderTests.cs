namespace ProfileGraph.Server.Tests.Http;

public sealed class CostHeaderTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    [Theory]
    [InlineData("report", true)]
    [InlineData("Report", true)]
    [InlineData("validate", false)]
    public async Task Graphql_cost_header_adds_the_operation_cost(string header, bool executes)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ profiles { name } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("GraphQL-Cost", header);

        var response = await Server.Client.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
        var body = await response.JsonAsync();
        var cost = body.GetProperty("extensions").GetProperty("operationCost");
        Assert.True(cost.TryGetProperty("fieldCost", out _), body.GetRawText());
        Assert.True(cost.TryGetProperty("typeCost", out _), body.GetRawText());
        Assert.Equal(executes, body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Without_the_header_no_cost_is_reported()
    {
        var response = await Server.PostQueryAsync("{ profiles { name } }");

        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("extensions", out _), body.GetRawText());
    }
}

namespace ProfileGraph.Server.Tests.Http;

public sealed class GetRequestTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    [Fact]
    public async Task Query_with_json_variables_and_operation_name_runs()
    {
        var query = Uri.EscapeDataString("query A { x: hello } query B($n: String) { hello(name: $n) }");
        var variables = Uri.EscapeDataString("""{"n":"Grace"}""");

        var response = await Server.GetAsync($"/graphql?query={query}&operationName=B&variables={variables}&extensions=%7B%7D");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(Responses.GraphQLResponseJson, response.MediaType());
        Assert.Equal("Hello, Grace!", (await response.JsonAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql?operationName=A")]
    [InlineData("/graphql?query=")]
    public async Task Missing_query_is_400_HC0013(string url)
    {
        var response = await Server.GetAsync(url, "application/json");

        await response.AssertErrorAsync(400, "HC0013");
    }

    [Theory]
    [InlineData("variables=%7Bnot-json")]
    [InlineData("extensions=%5B")]
    public async Task Malformed_json_parameter_is_400_HC0011(string parameter)
    {
        var response = await Server.GetAsync("/graphql?query=%7Bhello%7D&" + parameter);

        await response.AssertErrorAsync(400, "HC0011");
    }

    [Theory]
    [InlineData("variables=%5B1%5D")]
    [InlineData("variables=5")]
    [InlineData("extensions=%22x%22")]
    public async Task Json_parameter_that_is_not_an_object_is_400_HC0011(string parameter)
    {
        var response = await Server.GetAsync("/graphql?query=%7Bhello%7D&" + parameter);

        await response.AssertErrorAsync(400, "HC0011");
    }

    [Fact]
    public async Task Syntax_error_over_get_is_400()
    {
        var response = await Server.GetAsync("/graphql?query=%7B");

        await response.AssertErrorAsync(400, null);
    }

    [Fact]
    public async Task Get_with_query_and_a_browser_accept_runs_the_query_instead_of_the_ide()
    {
        var response = await Server.GetAsync("/graphql?query=%7Bhello%7D", "text/html,application/xhtml+xml,*/*;q=0.8");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Hello, world!", (await response.JsonAsync()).GetProperty("data").GetProperty("hello").GetString());
    }
}

namespace ProfileGraph.Server.Tests.Http;

public sealed class AcceptNegotiationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("*/*, application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json")]
    [InlineData("text/html, application/graphql-response+json;q=0.9")]
    public async Task Graphql_response_json_is_chosen_when_acceptable(string accept)
    {
        var response = await Server.PostQueryAsync("{ hello }", accept: accept);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(Responses.GraphQLResponseJson, response.MediaType());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json;charset=utf-8")]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData("application/graphql-response+json;q=0.5, application/json")]
    public async Task Application_json_is_chosen_when_asked_for(string accept)
    {
        var response = await Server.PostQueryAsync("{ hello }", accept: accept);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0")]
    public async Task Only_unsupported_media_types_is_406_HC0063(string accept)
    {
        var response = await Server.PostQueryAsync("{ hello }", accept: accept);

        await response.AssertErrorAsync(406, "HC0063");
    }

    [Theory]
    [InlineData("application/json;q=abc=def=,,;;")]
    [InlineData("@@@")]
    public async Task Malformed_accept_is_400_HC0064(string accept)
    {
        var response = await Server.PostQueryAsync("{ hello }", accept: accept);

        await response.AssertErrorAsync(400, "HC0064");
    }
}

namespace ProfileGraph.Server.Tests.Http;

public sealed class SchemaDocumentTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    [Theory]
    [InlineData("/graphql?sdl")]
    [InlineData("/graphql?SDL")]
    [InlineData("/graphql/schema.graphql")]
    [InlineData("/graphql/schema")]
    public async Task Sdl_is_served_as_application_graphql(string url)
    {
        var response = await Server.GetAsync(url, "text/html");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/graphql", response.MediaType());
        Assert.Equal("schema.graphql", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Query {", sdl, StringComparison.Ordinal);
        Assert.Contains("rename(id: ID! name: String!): Profile", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matching_etag_is_304()
    {
        var first = await Server.GetAsync("/graphql?sdl");
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl");
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());

        var second = await Server.Client.SendAsync(request);

        Assert.Equal(304, (int)second.StatusCode);
    }

    [Fact]
    public async Task Sdl_can_be_switched_off()
    {
        await using var server = await TestServer.StartAsync(o => o.EnableSchemaRequests = false);

        var response = await server.GetAsync("/graphql/schema.graphql");

        Assert.Equal(404, (int)response.StatusCode);
    }
}

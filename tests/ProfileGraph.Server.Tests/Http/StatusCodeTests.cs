namespace ProfileGraph.Server.Tests.Http;

/// <summary>GraphQL over HTTP §"Status Codes": request errors are 400 with graphql-response+json, 200 with json.</summary>
public sealed class StatusCodeTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    public static TheoryData<string> RequestErrors => new()
    {
        """{"query":"{"}""",
        """{"query":"{ doesNotExist }"}""",
        """{"query":"query ($n: Int!) { double(n: $n) }","variables":{"n":null}}""",
        """{"query":"query ($n: Int!) { double(n: $n) }","variables":{"n":"abc"}}""",
        """{"query":"query A { hello } query B { hello }","operationName":"C"}""",
    };

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task Request_error_is_400_with_graphql_response_json(string body)
    {
        var response = await Server.PostJsonAsync(body, Responses.GraphQLResponseJson);

        await response.AssertErrorAsync(400, null);
        Assert.Equal(Responses.GraphQLResponseJson, response.MediaType());
    }

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task Request_error_is_200_with_application_json(string body)
    {
        var response = await Server.PostJsonAsync(body, "application/json");

        await response.AssertErrorAsync(200, null);
        Assert.Equal("application/json", response.MediaType());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    public async Task Field_error_with_data_is_200_and_hides_the_exception(string? accept)
    {
        var response = await Server.PostQueryAsync("{ hello boom }", accept: accept);

        Assert.Equal(200, (int)response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("boom", body.GetProperty("errors")[0].GetProperty("path")[0].GetString());
        Assert.DoesNotContain("secret detail", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_null_after_null_propagation_is_200()
    {
        var response = await Server.PostQueryAsync("{ nonNullBoom }", accept: Responses.GraphQLResponseJson);

        Assert.Equal(200, (int)response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    public async Task Mutation_over_get_is_405_with_allow_post(string? accept)
    {
        var response = await Server.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { rename(id: \"1\", name: \"x\") { id } }"), accept);

        await response.AssertErrorAsync(405, null);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }
}

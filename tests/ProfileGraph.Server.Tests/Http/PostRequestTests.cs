using System.Net.Http.Headers;
using System.Text;

namespace ProfileGraph.Server.Tests.Http;

public sealed class PostRequestTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    [Fact]
    public async Task Query_without_accept_returns_data_as_application_json()
    {
        var response = await Server.PostQueryAsync("{ hello }", accept: TestServer.NoAccept);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var body = await response.JsonAsync();
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.False(body.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Variables_and_operation_name_select_and_feed_the_operation()
    {
        var response = await Server.PostJsonAsync(
            """{"query":"query A { a: hello } query B($n: String) { b: hello(name: $n) }","operationName":"B","variables":{"n":"Ada"}}""");

        var body = await response.JsonAsync();
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Hello, Ada!", body.GetProperty("data").GetProperty("b").GetString());
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("operationName")]
    [InlineData("extensions")]
    public async Task Null_members_are_accepted(string member)
    {
        var response = await Server.PostJsonAsync($$"""{"query":"{ hello }","{{member}}":null}""");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.False((await response.JsonAsync()).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Unknown_members_and_an_extensions_map_are_accepted()
    {
        var response = await Server.PostJsonAsync("""{"extra":[1,{"a":2}],"query":"{ hello }","extensions":{"x":{"y":1}}}""");

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n ")]
    [InlineData("null")]
    public async Task Empty_body_is_400_HC0009(string body)
    {
        var response = await Server.PostJsonAsync(body);

        await response.AssertErrorAsync(400, "HC0009");
    }

    [Theory]
    [InlineData("{ \"not a JSON", null)]
    [InlineData("{ \"not a JSON", "application/json")]
    [InlineData("{\"query\":\"{ hello }\"} trailing", null)]
    [InlineData("{\"query\":\"{ hello }\",}", "application/json")]
    public async Task Malformed_json_is_400_HC0011_for_either_accept(string body, string? accept)
    {
        var response = await Server.PostJsonAsync(body, accept);

        await response.AssertErrorAsync(400, "HC0011");
    }

    [Theory]
    [InlineData("""{"query":{"obj":"ect"}}""")]
    [InlineData("""{"query":0}""")]
    [InlineData("""{"query":false}""")]
    [InlineData("""{"query":["array"]}""")]
    [InlineData("""{"query":"{ hello }","operationName":5}""")]
    [InlineData("""{"query":"{ hello }","variables":"string"}""")]
    [InlineData("""{"query":"{ hello }","variables":0}""")]
    [InlineData("""{"query":"{ hello }","variables":false}""")]
    [InlineData("""{"query":"{ hello }","variables":["array"]}""")]
    [InlineData("""{"query":"{ hello }","extensions":"string"}""")]
    [InlineData("""{"query":"{ hello }","extensions":[1]}""")]
    [InlineData("\"just a string\"")]
    public async Task Members_of_the_wrong_type_are_400_HC0011(string body)
    {
        var response = await Server.PostJsonAsync(body);

        await response.AssertErrorAsync(400, "HC0011");
    }

    [Fact]
    public async Task Array_body_is_400_because_batching_is_off()
    {
        var response = await Server.PostJsonAsync("""[{"query":"{ hello }"}]""");

        await response.AssertErrorAsync(400, "HC0011");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"operationName":"A"}""")]
    [InlineData("""{"query":null}""")]
    public async Task Missing_query_is_400_HC0013(string body)
    {
        var response = await Server.PostJsonAsync(body);

        await response.AssertErrorAsync(400, "HC0013");
    }

    [Fact]
    public async Task Missing_content_type_is_415()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ hello }"}"""));

        var response = await Server.PostAsync(content);

        Assert.Equal(415, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/graphql")]
    public async Task Unsupported_content_type_is_415(string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ hello }"}"""));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await Server.PostAsync(content);

        await response.AssertErrorAsync(415, null);
    }

    [Fact]
    public async Task Json_content_type_with_utf8_charset_in_any_case_is_accepted()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ hello(name: \"Run🏃Swim🏊\") }"}"""));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("Application/JSON; charset=UTF-8");

        var response = await Server.PostAsync(content);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Hello, Run🏃Swim🏊!", (await response.JsonAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Mutation_runs_over_post()
    {
        var response = await Server.PostQueryAsync("mutation { rename(id: \"1\", name: \"Bea\") { name } }");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Bea", (await response.JsonAsync()).GetProperty("data").GetProperty("rename").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_than_get_and_post_are_405_with_allow(string method)
    {
        var response = await Server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        Assert.Equal(405, (int)response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }
}

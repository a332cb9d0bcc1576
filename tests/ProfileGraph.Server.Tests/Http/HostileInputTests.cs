using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace ProfileGraph.Server.Tests.Http;

/// <summary>Bad input of any shape gets a 4xx GraphQL error quickly, never a 500 or a hang.</summary>
public sealed class HostileInputTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(100);

    private TestServer Server => fixture.Server;

    public static TheoryData<string, string> Documents => new()
    {
        { "1 MB of {", new string('{', 1_000_000) },
        { "10,000 aliases", "{ " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: hello ")) + "}" },
        { "1,000-deep nesting", "{ " + string.Concat(Enumerable.Repeat("profiles { friends { ", 500)) + "id" + new string('}', 1_001) },
        { "1,000-digit integer", "{ double(n: " + new string('9', 1_000) + ") }" },
        { "unterminated block string", "{ hello(name: \"\"\"never closed ) }" },
        { "unterminated string", "{ hello(name: \"never closed) }" },
        { "deep list value", "{ hello(name: " + new string('[', 5_000) + ") }" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Hostile_document_is_a_fast_4xx(string name, string query)
    {
        await WarmUpAsync();
        var body = System.Text.Json.JsonSerializer.Serialize(new { query });

        var (response, elapsed) = await TimeAsync(() => Server.PostJsonAsync(body));

        await AssertFast4xxAsync(name, response, elapsed);
    }

    public static TheoryData<string, byte[]> Bodies => new()
    {
        { "invalid UTF-8", [.. "{\"query\":\"{ hello(name: \\\""u8, 0xC3, 0x28, 0xFF, .. "\\\") }\"}"u8] },
        { "overlong UTF-8", [.. "{\"query\":\""u8, 0xC0, 0xAF, .. "\"}"u8] },
        { "1 MB of { as the body", Encoding.ASCII.GetBytes(new string('{', 1_000_000)) },
        { "1 MB of [ as the body", Encoding.ASCII.GetBytes(new string('[', 1_000_000)) },
        { "deep variables", Encoding.ASCII.GetBytes("{\"query\":\"{ hello }\",\"variables\":{\"a\":" + new string('[', 10_000) + "}}") },
        { "variables as an array", "{\"query\":\"query($n:Int!){ double(n:$n) }\",\"variables\":[1]}"u8.ToArray() },
        { "variables of the wrong types", "{\"query\":\"query($n:Int!,$s:String){ double(n:$n) hello(name:$s) }\",\"variables\":{\"n\":{\"x\":1},\"s\":[true]}}"u8.ToArray() },
        { "variable Int out of range", "{\"query\":\"query($n:Int!){ double(n:$n) }\",\"variables\":{\"n\":1e400}}"u8.ToArray() },
        { "NUL bytes", [0, 0, 0, 0] },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Hostile_body_is_a_fast_4xx(string name, byte[] body)
    {
        await WarmUpAsync();
        var (response, elapsed) = await TimeAsync(() => Server.PostAsync(new ByteArrayContent(body)
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/json") },
        }));

        await AssertFast4xxAsync(name, response, elapsed);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413_HC0010_whether_or_not_its_length_is_announced()
    {
        await using var server = await TestServer.StartAsync(o => o.MaxRequestBodySize = 1_000);
        var json = "{\"query\":\"{ hello }\",\"extensions\":{\"pad\":\"" + new string('x', 2_000) + "\"}}";

        var announced = await server.PostJsonAsync(json);
        var chunked = await server.PostAsync(new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)))
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/json") },
        });

        await announced.AssertErrorAsync(413, "HC0010");
        await chunked.AssertErrorAsync(413, "HC0010");
        Assert.Equal(200, (int)(await server.PostJsonAsync("{\"query\":\"{ hello }\"}")).StatusCode);
    }

    private async Task WarmUpAsync()
    {
        var response = await Server.PostQueryAsync("{ hello }");
        Assert.Equal(200, (int)response.StatusCode);
    }

    /// <summary>The best of three tries, so a busy machine's pauses are not counted against the server.</summary>
    private static async Task<(HttpResponseMessage Response, TimeSpan Elapsed)> TimeAsync(Func<Task<HttpResponseMessage>> send)
    {
        (HttpResponseMessage Response, TimeSpan Elapsed) best = default;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var stopwatch = Stopwatch.StartNew();
            var response = await send();
            await response.Content.LoadIntoBufferAsync();
            var elapsed = stopwatch.Elapsed;
            if (best.Response is null || elapsed < best.Elapsed)
            {
                best = (response, elapsed);
            }

            if (elapsed < Budget)
            {
                break;
            }
        }

        return best;
    }

    private static async Task AssertFast4xxAsync(string name, HttpResponseMessage response, TimeSpan elapsed)
    {
        var status = (int)response.StatusCode;
        var body = await response.JsonAsync();
        Assert.True(status is >= 400 and < 500, $"{name}: status {status}: {Truncate(body.GetRawText())}");
        Assert.True(body.GetProperty("errors").GetArrayLength() > 0, name);
        Assert.True(elapsed < Budget, $"{name}: took {elapsed.TotalMilliseconds:F0} ms");
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] : text;
}

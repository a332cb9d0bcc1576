using System.Text.RegularExpressions;
using ProfileGraph.Server.Tests.Http;

namespace ProfileGraph.Server.Tests.Http.Ide;

public sealed partial class BananaCakePopTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private TestServer Server => fixture.Server;

    [Fact]
    public async Task Browser_get_is_redirected_to_the_path_with_a_trailing_slash()
    {
        var response = await Server.GetAsync("/graphql?x=1", BrowserAccept);

        Assert.Equal(301, (int)response.StatusCode);
        Assert.Equal("/graphql/?x=1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Browser_get_on_the_trailing_slash_serves_the_ide_page_without_cdn_scripts()
    {
        var response = await Server.GetAsync("/graphql/", BrowserAccept);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<div id=\"root\">", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalSource(), html);
    }

    [Fact]
    public async Task Every_script_and_stylesheet_of_the_page_is_served_from_below_the_path()
    {
        var html = await (await Server.GetAsync("/graphql/", BrowserAccept)).Content.ReadAsStringAsync();
        var assets = LocalAsset().Matches(html).Select(m => m.Groups[1].Value).Where(a => !a.StartsWith("./", StringComparison.Ordinal) || a.Length > 2).ToList();
        Assert.NotEmpty(assets);

        foreach (var asset in assets)
        {
            var response = await Server.GetAsync("/graphql/" + asset.TrimStart('.', '/'), "*/*");
            Assert.True(200 == (int)response.StatusCode, $"{asset}: {(int)response.StatusCode}");
        }

        var script = await Server.GetAsync("/graphql/" + assets.First(a => a.EndsWith(".js", StringComparison.Ordinal)), "*/*");
        Assert.Equal("text/javascript", script.MediaType());
    }

    [Fact]
    public async Task Config_file_points_the_ide_at_the_server_endpoint()
    {
        var response = await Server.GetAsync("/graphql/bcp-config.json", "*/*");

        Assert.Equal(200, (int)response.StatusCode);
        var config = await response.JsonAsync();
        Assert.Equal("/graphql", config.GetProperty("endpoint").GetString());
        Assert.True(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
    }

    [Theory]
    [InlineData("/graphql/static/js/no-such-chunk.js")]
    [InlineData("/graphql/static/js/../../../../etc/passwd")]
    [InlineData("/graphql/anything")]
    public async Task Unknown_paths_below_the_endpoint_are_404_and_never_reach_graphql(string url)
    {
        var response = await Server.GetAsync(url, "*/*");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.DoesNotContain("HC0013", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_ide_a_browser_get_is_a_graphql_get()
    {
        await using var server = await TestServer.StartAsync(o => o.Ide.Enable = false);

        var response = await server.GetAsync("/graphql", BrowserAccept);

        await response.AssertErrorAsync(400, "HC0013");
    }

    [GeneratedRegex("""(?:src|href)="(?:https?:)?//""")]
    private static partial Regex ExternalSource();

    [GeneratedRegex("""(?:src|href)="((?:\./)?static/[^"]+)""")]
    private static partial Regex LocalAsset();
}

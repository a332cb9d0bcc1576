using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Server.Hosting;

namespace ProfileGraph.Server.Tests.Http;

/// <summary>The real server on Kestrel, 127.0.0.1 and a free port, with a client that does not follow redirects.</summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public Uri BaseAddress { get; }

    public Uri GraphQLUri => new(BaseAddress, "/graphql");

    public HttpClient Client { get; }

    internal static async Task<TestServer> StartAsync(
        Action<ProfileGraphServerOptions>? configure = null,
        Schema? schema = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddProfileGraph(schema ?? TestSchema.Create(), configure);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapProfileGraph();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new TestServer(app, new Uri(address));
    }

    public Task<HttpResponseMessage> PostJsonAsync(string json, string? accept = null) =>
        PostAsync(new StringContent(json, Encoding.UTF8, "application/json"), accept);

    public Task<HttpResponseMessage> PostAsync(HttpContent content, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        AddAccept(request, accept);

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostQueryAsync(string query, object? variables = null, string? accept = null) =>
        PostJsonAsync(JsonSerializer.Serialize(new { query, variables }), accept);

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        AddAccept(request, accept);

        return Client.SendAsync(request);
    }

    /// <summary>Pass as <c>accept</c> to send no Accept header at all.</summary>
    public const string NoAccept = "";

    // Requests model a current GraphQL client, which names graphql-response+json; NoAccept models an old one.
    private static void AddAccept(HttpRequestMessage request, string? accept)
    {
        accept ??= "application/graphql-response+json";
        if (accept.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One server shared by the tests of a class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public TestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await TestServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

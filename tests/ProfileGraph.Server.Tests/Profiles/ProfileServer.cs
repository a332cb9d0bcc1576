using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfileGraph.Profiles.Security;
using ProfileGraph.Server.Hosting;
using ProfileGraph.Server.Security;

namespace ProfileGraph.Server.Tests.Profiles;

/// <summary>The real server with the profile API on Kestrel (127.0.0.1, a free port), configured as in production.</summary>
public sealed class ProfileServer : IAsyncDisposable
{
    public const string BootstrapKeyId = "ci-admin";
    public const string BootstrapSecret = "ci-secret-0123456789";

    private readonly WebApplication _app;

    private ProfileServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Http { get; }

    internal static async Task<ProfileServer> StartAsync(
        IReadOnlyDictionary<string, string?> settings,
        bool withBootstrapKey = true,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var configuration = new Dictionary<string, string?>(settings);
        if (withBootstrapKey)
        {
            configuration["ProfileGraph:BootstrapKey"] = $"{BootstrapKeyId}:{BootstrapSecret}";
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        services?.Invoke(builder.Services);
        builder.Services.AddProfileApi(builder.Configuration);

        var app = builder.Build();
        app.MapProfileGraph();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ProfileServer(app, new Uri(address));
    }

    /// <summary>A new project with an admin key, so every test sees only its own data.</summary>
    internal async Task<ProjectClient> NewProjectAsync()
    {
        var project = "p-" + Guid.NewGuid().ToString("N")[..12];
        return new ProjectClient(this, project, await CreateKeyAsync(project, ApiKeyRole.Admin));
    }

    internal IServiceProvider Services => _app.Services;

    internal Task<IssuedApiKey> CreateKeyAsync(string project, ApiKeyRole role) =>
        _app.Services.GetRequiredService<ApiKeyStore>().CreateAsync(project, role);

    /// <summary>Posts a GraphQL request; <paramref name="authorize"/> adds the credential headers.</summary>
    public Task<HttpResponseMessage> PostAsync(string query, object? variables, Action<HttpRequestHeaders>? authorize)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        authorize?.Invoke(request.Headers);
        return Http.SendAsync(request);
    }

    public static Action<HttpRequestHeaders> Bearer(IssuedApiKey key) =>
        headers => headers.Authorization = new AuthenticationHeaderValue("Bearer", key.BearerToken);

    public static Action<HttpRequestHeaders> Basic(string keyId, string secret) =>
        headers => headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{keyId}:{secret}")));

    public static Action<HttpRequestHeaders> ClientHeaders(string keyId, string secret) => headers =>
    {
        headers.Add(CredentialParser.ClientIdHeader, keyId);
        headers.Add(CredentialParser.ClientSecretHeader, secret);
    };

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProfileGraph.Data;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Profiles;
using ProfileGraph.Profiles.Schema;
using ProfileGraph.Server.Hosting;

namespace ProfileGraph.Server.Security;

/// <summary>Registers the profile API: the configured store, the schema of <c>schema/</c>, API keys, authentication and rate limits.</summary>
public static class ProfileApiServiceCollectionExtensions
{
    /// <summary>The configuration section of the profile limits (<see cref="ProfileOptions"/>).</summary>
    public const string LimitsSection = "ProfileGraph:Limits";

    /// <summary>
    /// Adds the server serving the profile API over the store chosen by <c>ProfileGraph:Store</c> (sqlite|postgres)
    /// and <c>ConnectionStrings:Profiles</c>; the store is opened and migrated when the endpoint is mapped.
    /// </summary>
    public static IServiceCollection AddProfileApi(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<ProfileApiOptions>? configure = null,
        Action<ProfileGraphServerOptions>? configureServer = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ProfileApiOptions>().BindConfiguration(ProfileGraphServerOptions.SectionName);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddOptions<ProfileOptions>().BindConfiguration(LimitsSection);
        services.AddSingleton(StoreOptions.FromConfiguration(key => configuration[key]));
        services.AddSingleton(provider =>
        {
            var server = provider.GetRequiredService<IOptions<ProfileGraphServerOptions>>().Value;
            var environment = provider.GetRequiredService<IHostEnvironment>();
            return ProfileSdl.Load(SchemaFiles.Locate(server.SchemaDirectory, environment.ContentRootPath, AppContext.BaseDirectory));
        });
        services.AddSingleton<IDocumentStore>(provider =>
        {
            var schema = ProfileDocumentSchema.Create(provider.GetRequiredService<ProfileSdl>().Declarations);
            // Opened once while the endpoint is mapped, before the server listens; no synchronization context to deadlock on.
            return DocumentStoreFactory.OpenAsync(provider.GetRequiredService<StoreOptions>(), schema).GetAwaiter().GetResult();
        });

        services.AddProfileGraph(
            provider => ProfileSchema.Create(
                provider.GetRequiredService<IDocumentStore>(),
                provider.GetRequiredService<IOptions<ProfileOptions>>().Value,
                provider.GetRequiredService<ProfileSdl>(),
                provider.GetRequiredService<ApiKeyStore>()),
            configureServer);
        DecorateExecutor(services);

        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<Caller>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<ProjectRateLimiter>();
        services.AddSingleton<RequestAuthenticator>();
        services.TryAddSingleton(new CredentialNotice(Console.Out));
        services.AddHostedService<KeyBootstrapper>();
        return services;
    }

    private static void DecorateExecutor(IServiceCollection services)
    {
        var descriptor = services.Last(d => d.ServiceType == typeof(IRequestExecutor));
        var factory = descriptor.ImplementationFactory
            ?? throw new InvalidOperationException("The request executor is expected to be registered by a factory.");
        services.Remove(descriptor);
        services.AddSingleton<IRequestExecutor>(provider => new AuthenticatingRequestExecutor((IRequestExecutor)factory(provider)));
    }
}

using Microsoft.Extensions.Options;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Server.Http;
using ProfileGraph.Server.Http.Ide;

namespace ProfileGraph.Server.Hosting;

/// <summary>Registers the GraphQL engine and its HTTP host; the one place the server's services are wired.</summary>
public static class ProfileGraphServiceCollectionExtensions
{
    /// <summary>
    /// Adds the server with the schema built from the <c>*.graphql</c> files of the schema folder
    /// (<see cref="ProfileGraphServerOptions.SchemaDirectory"/>); fields without a resolver use the default resolver.
    /// </summary>
    public static IServiceCollection AddProfileGraph(
        this IServiceCollection services,
        Action<ProfileGraphServerOptions>? configure = null)
    {
        return services.AddProfileGraph(
            provider =>
            {
                var options = provider.GetRequiredService<IOptions<ProfileGraphServerOptions>>().Value;
                var environment = provider.GetRequiredService<IHostEnvironment>();
                var directory = SchemaFiles.Locate(options.SchemaDirectory, environment.ContentRootPath, AppContext.BaseDirectory);
                return SchemaFiles.Build(directory);
            },
            configure);
    }

    /// <summary>Adds the server serving <paramref name="schema"/>.</summary>
    public static IServiceCollection AddProfileGraph(
        this IServiceCollection services,
        Schema schema,
        Action<ProfileGraphServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return services.AddProfileGraph(_ => schema, configure);
    }

    /// <summary>Adds the server serving the schema <paramref name="schemaFactory"/> builds (once, on first use).</summary>
    public static IServiceCollection AddProfileGraph(
        this IServiceCollection services,
        Func<IServiceProvider, Schema> schemaFactory,
        Action<ProfileGraphServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schemaFactory);

        services.AddOptions<ProfileGraphServerOptions>().BindConfiguration(ProfileGraphServerOptions.SectionName);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddSingleton(provider => RequestExecutor.Create(
            schemaFactory(provider),
            provider.GetRequiredService<IOptions<ProfileGraphServerOptions>>().Value.CreateExecutorOptions()));
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddSingleton<SchemaDocumentHandler>();
        services.AddSingleton<BananaCakePopHandler>();
        services.AddSingleton<GraphQLEndpoint>();
        return services;
    }
}

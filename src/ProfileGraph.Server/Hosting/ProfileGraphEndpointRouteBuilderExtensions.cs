using Microsoft.Extensions.Options;
using ProfileGraph.Server.Http;

namespace ProfileGraph.Server.Hosting;

/// <summary>Maps the GraphQL endpoint, the SDL download and the IDE (HotChocolate's <c>MapGraphQL</c>).</summary>
public static class ProfileGraphEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>{Path}</c> and <c>{Path}/{**slug}</c> (default <c>/graphql</c>): GraphQL over HTTP (POST and GET),
    /// <c>?sdl</c> and <c>/schema.graphql</c>, and Banana Cake Pop for browsers.
    /// </summary>
    public static IEndpointConventionBuilder MapProfileGraph(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<ProfileGraphServerOptions>>().Value;
        var endpoint = endpoints.ServiceProvider.GetRequiredService<GraphQLEndpoint>();

        var group = endpoints.MapGroup(options.Path.TrimEnd('/'));
        group.Map(string.Empty, endpoint.HandleAsync);
        group.Map("/{**slug}", endpoint.HandleAsync);

        // Present only when the profile API is registered (AddProfileApi): every GraphQL request is authenticated first.
        if (endpoints.ServiceProvider.GetService<Security.RequestAuthenticator>() is { } authenticator)
        {
            ((IEndpointConventionBuilder)group).Add(builder =>
            {
                var inner = builder.RequestDelegate!;
                builder.RequestDelegate = context => authenticator.HandleAsync(context, inner);
            });
        }

        return group;
    }
}

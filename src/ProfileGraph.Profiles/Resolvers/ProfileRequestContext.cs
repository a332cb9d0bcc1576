using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Profiles.Security;

namespace ProfileGraph.Profiles.Resolvers;

/// <summary>
/// The keys under which the host puts the caller's project and role into the request's context data.
/// Every resolver reads the project from here, so no statement can reach another project's data.
/// </summary>
public static class ProfileRequestContext
{
    /// <summary>Context-data key of the caller's project id (a string).</summary>
    public const string ProjectKey = "profilegraph.project";

    /// <summary>Context-data key of the caller's <see cref="ApiKeyRole"/>.</summary>
    public const string RoleKey = "profilegraph.role";

    internal static string Project(IResolverContext context) =>
        context.ContextData.TryGetValue(ProjectKey, out var value) && value is string { Length: > 0 } project
            ? project
            : throw ResolverErrors.NotAuthenticated();

    /// <summary>Throws AUTH_NOT_AUTHORIZED unless the caller's role allows writing.</summary>
    internal static string ProjectForWrite(IResolverContext context) => ProjectFor(context, ApiKeyRole.Write);

    /// <summary>Throws AUTH_NOT_AUTHORIZED unless the caller holds an admin key (key management).</summary>
    internal static string ProjectForAdmin(IResolverContext context) => ProjectFor(context, ApiKeyRole.Admin);

    private static string ProjectFor(IResolverContext context, ApiKeyRole required)
    {
        var project = Project(context);
        if (context.ContextData.TryGetValue(RoleKey, out var value) && value is ApiKeyRole role && !role.Allows(required))
        {
            throw ResolverErrors.NotAuthorized();
        }

        return project;
    }
}

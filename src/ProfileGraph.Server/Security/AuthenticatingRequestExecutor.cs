using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Profiles.Resolvers;

namespace ProfileGraph.Server.Security;

/// <summary>
/// Puts the authenticated caller's project and role into every request's context data, where the profile
/// resolvers read them; a request without a caller gets neither, so the resolvers refuse it.
/// </summary>
internal sealed class AuthenticatingRequestExecutor(IRequestExecutor inner) : IRequestExecutor
{
    public Schema Schema => inner.Schema;

    public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var caller = options?.Services?.GetService<Caller>();
        if (caller is not { IsAuthenticated: true })
        {
            return inner.ExecuteAsync(request, options, cancellationToken);
        }

        var contextData = options?.ContextData is { } given
            ? new Dictionary<string, object?>(given, StringComparer.Ordinal)
            : new Dictionary<string, object?>(StringComparer.Ordinal);
        contextData[ProfileRequestContext.ProjectKey] = caller.Project;
        contextData[ProfileRequestContext.RoleKey] = caller.Role;
        var withCaller = new RequestOptions
        {
            AllowMutations = options?.AllowMutations ?? true,
            Services = options?.Services,
            ContextData = contextData,
            Cost = options?.Cost ?? CostMode.None,
            RootValue = options?.RootValue,
        };
        return inner.ExecuteAsync(request, withCaller, cancellationToken);
    }
}

using ProfileGraph.GraphQL;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Profiles.Resolvers;
using ProfileGraph.Profiles.Resolvers.Mutations;

namespace ProfileGraph.Profiles.Security;

/// <summary>
/// Key management for admin keys: <c>apiKeys</c>, <c>createApiKey</c> and <c>revokeApiKey</c>, each confined
/// to the caller's project. A new key's secret is in the create payload and nowhere else, ever. Without a
/// key manager (a schema built outside a host) the fields answer with <c>KEY_MANAGEMENT_UNAVAILABLE</c>.
/// </summary>
internal sealed class ApiKeyResolvers(IApiKeyManager? keys)
{
    /// <summary>Keys one project may hold; revoke one to make room.</summary>
    public const int MaxKeysPerProject = 100;

    public void Register(SchemaBuilder builder)
    {
        builder.AddResolver("Query.apiKeys", ListAsync);
        builder.AddResolver("Mutation.createApiKey", CreateAsync);
        builder.AddResolver("Mutation.revokeApiKey", RevokeAsync);
    }

    private async ValueTask<object?> ListAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.ProjectForAdmin(context);
        var listed = await Keys.ListAsync(project, context.RequestAborted).ConfigureAwait(false);
        return listed.Select(View).ToList();
    }

    private async ValueTask<object?> CreateAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.ProjectForAdmin(context);
        var input = context.ArgumentValue<IReadOnlyDictionary<string, object?>>("input");
        var role = Enum.Parse<ApiKeyRole>((string)input["role"]!, ignoreCase: true);
        var existing = await Keys.ListAsync(project, context.RequestAborted).ConfigureAwait(false);
        if (existing.Count >= MaxKeysPerProject)
        {
            return new Dictionary<string, object?>
            {
                ["apiKey"] = null,
                ["secret"] = null,
                ["errors"] = new List<object?> { PayloadErrors.LimitExceeded("apiKeysPerProject", MaxKeysPerProject, existing.Count + 1) },
            };
        }

        var issued = await Keys.CreateAsync(project, role, context.RequestAborted).ConfigureAwait(false);
        return new Dictionary<string, object?>
        {
            ["apiKey"] = View(new ApiKeyInfo(issued.KeyId, issued.Role, DateTimeOffset.UtcNow)),
            ["secret"] = issued.Secret,
        };
    }

    private async ValueTask<object?> RevokeAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.ProjectForAdmin(context);
        var keyId = (string)context.ArgumentValue<IReadOnlyDictionary<string, object?>>("input")["keyId"]!;
        var revoked = await Keys.RevokeAsync(project, keyId, context.RequestAborted).ConfigureAwait(false);
        return PayloadErrors.Payload("keyId", keyId, revoked ? null : [PayloadErrors.ApiKeyNotFound(keyId)]);
    }

    private IApiKeyManager Keys =>
        keys ?? throw new GraphQLException("This server does not manage API keys.", ProfileErrorCodes.KeyManagementUnavailable);

    private static Dictionary<string, object?> View(ApiKeyInfo key) => new()
    {
        ["keyId"] = key.KeyId,
        ["role"] = key.Role.ToString().ToUpperInvariant(),
        ["createdAt"] = key.CreatedAt,
    };
}

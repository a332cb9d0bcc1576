using System.Globalization;
using Microsoft.Extensions.Options;
using ProfileGraph.Profiles;
using ProfileGraph.Profiles.Security;
using ProfileGraph.Server.Http;

namespace ProfileGraph.Server.Security;

/// <summary>
/// Guards the GraphQL requests of the endpoint: reads the credential (Basic, Bearer or the client-id header
/// pair), checks it against the stored keys, applies the project's rate limit and records the caller.
/// The SDL download and the IDE's page and files need no credential.
/// </summary>
internal sealed class RequestAuthenticator(ApiKeyStore keys, ProjectRateLimiter limiter, IOptions<ProfileApiOptions> options)
{
    public async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        if (!IsGraphQLRequest(context.Request))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var headers = context.Request.Headers;
        var parsed = CredentialParser.Parse(
            headers.Authorization.ToString(),
            headers[CredentialParser.ClientIdHeader].ToString(),
            headers[CredentialParser.ClientSecretHeader].ToString());

        string project;
        ApiKeyRole role;
        if (parsed.Status == CredentialStatus.Missing && options.Value.AllowAnonymous)
        {
            (project, role) = (options.Value.DefaultProject, ApiKeyRole.Admin);
        }
        else
        {
            var key = parsed.Credential is { } credential
                ? await keys.VerifyAsync(credential, context.RequestAborted).ConfigureAwait(false)
                : null;
            if (key is null)
            {
                var message = parsed.Status switch
                {
                    CredentialStatus.Missing => "Authentication required: send an API key as 'Authorization: Bearer <keyId>.<secret>', 'Authorization: Basic base64(<keyId>:<secret>)' or the profilegraph-client-id and profilegraph-client-secret headers.",
                    CredentialStatus.Malformed => parsed.Problem ?? "The credential cannot be read.",
                    _ => "The API key is unknown or its secret does not match.",
                };
                await RejectAsync(context, new HttpError(StatusCodes.Status401Unauthorized, message, ProfileErrorCodes.NotAuthenticated)
                {
                    Headers = [new("WWW-Authenticate", "Basic realm=\"profilegraph\", Bearer")],
                }).ConfigureAwait(false);
                return;
            }

            (project, role) = (key.Project, key.Role);
        }

        if (!limiter.TryAcquire(project, out var retryAfter))
        {
            var seconds = (int)Math.Ceiling((retryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds);
            await RejectAsync(context, new HttpError(
                StatusCodes.Status429TooManyRequests,
                $"The project exceeded {options.Value.RateLimitPerMinute} requests per minute.",
                ProfileErrorCodes.RateLimited)
            {
                Headers = [new("Retry-After", seconds.ToString(CultureInfo.InvariantCulture))],
            }).ConfigureAwait(false);
            return;
        }

        context.RequestServices.GetRequiredService<Caller>().Set(project, role);
        await next(context).ConfigureAwait(false);
    }

    /// <summary>
    /// A POST, or a GET carrying a query or persisted-document id, on the endpoint path itself. Everything
    /// below the path (SDL, IDE files) and <c>?sdl</c> stays public, like the IDE page.
    /// </summary>
    internal static bool IsGraphQLRequest(HttpRequest request)
    {
        if (request.RouteValues["slug"] is string { Length: > 0 })
        {
            return false;
        }

        if (HttpMethods.IsPost(request.Method))
        {
            return true;
        }

        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Query.ContainsKey("sdl")
            && (request.Query.ContainsKey("query") || request.Query.ContainsKey("id"));
    }

    private static Task RejectAsync(HttpContext context, HttpError error)
    {
        var format = AcceptHeader.TryNegotiate(context.Request.Headers.Accept, out var negotiated, out _)
            ? negotiated
            : ResponseFormat.GraphQLResponseJson;
        return GraphQLResponseWriter.WriteErrorAsync(context.Response, error, format);
    }
}

using Microsoft.Extensions.Options;
using ProfileGraph.Server.Hosting;
using ProfileGraph.Server.Http.Ide;

namespace ProfileGraph.Server.Http;

/// <summary>
/// The one handler behind <c>/graphql</c> and <c>/graphql/{**slug}</c>, in HotChocolate's order: POST → GET
/// <c>?sdl</c> → the IDE for browsers → GraphQL GET. Below the path only the SDL, the IDE's configuration and
/// its files are served, so asset requests never reach the GraphQL handler. Nothing escapes as a 500.
/// </summary>
internal sealed partial class GraphQLEndpoint(
    GraphQLHttpHandler graphql,
    SchemaDocumentHandler schemaDocument,
    BananaCakePopHandler ide,
    IOptions<ProfileGraphServerOptions> options,
    ILogger<GraphQLEndpoint> logger)
{
    private const string ConfigFile = "bcp-config.json";

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await DispatchAsync(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            var error = ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? HttpErrors.RequestTooLarge(options.Value.MaxRequestBodySize)
                : new HttpError(ex.StatusCode, ex.Message, null);
            await GraphQLResponseWriter.WriteErrorAsync(context.Response, error, ResponseFormat.GraphQLResponseJson).ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            LogUnexpected(logger, ex);
            context.Response.Clear();
            await GraphQLResponseWriter.WriteErrorAsync(context.Response, HttpErrors.Unexpected(), ResponseFormat.GraphQLResponseJson).ConfigureAwait(false);
        }
    }

    private Task DispatchAsync(HttpContext context)
    {
        var request = context.Request;
        var slug = request.RouteValues["slug"] as string;
        if (!string.IsNullOrEmpty(slug))
        {
            return DispatchBelowAsync(context, slug);
        }

        if (HttpMethods.IsPost(request.Method))
        {
            return graphql.HandlePostAsync(context);
        }

        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsHead(request.Method))
        {
            return WriteErrorAsync(context, HttpErrors.MethodNotAllowed());
        }

        if (options.Value.EnableSchemaRequests && request.Query.ContainsKey("sdl"))
        {
            return schemaDocument.HandleAsync(context);
        }

        if (ide.IsAvailable
            && !request.Query.ContainsKey("query")
            && !request.Query.ContainsKey("id")
            && AcceptHeader.PrefersHtml(request.Headers.Accept))
        {
            return ServeIdeAsync(context);
        }

        if (!isGet)
        {
            return WriteErrorAsync(context, HttpErrors.MethodNotAllowed());
        }

        return options.Value.EnableGetRequests
            ? graphql.HandleGetAsync(context)
            : WriteErrorAsync(context, HttpErrors.GetNotEnabled());
    }

    private async Task DispatchBelowAsync(HttpContext context, string slug)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            if (options.Value.EnableSchemaRequests && slug is "schema" or "schema/" or "schema.graphql")
            {
                await schemaDocument.HandleAsync(context).ConfigureAwait(false);
                return;
            }

            if (ide.IsAvailable)
            {
                if (slug == ConfigFile)
                {
                    await ide.ServeConfigAsync(context).ConfigureAwait(false);
                    return;
                }

                if (await ide.TryServeFileAsync(context, slug).ConfigureAwait(false))
                {
                    return;
                }
            }
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    /// <summary>The IDE's assets are relative to its page, so the page must be served at the path with a trailing slash.</summary>
    private Task ServeIdeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.Value?.EndsWith('/') == true)
        {
            return ide.ServeIndexAsync(context);
        }

        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = request.PathBase + request.Path + "/" + request.QueryString;
        return Task.CompletedTask;
    }

    private static Task WriteErrorAsync(HttpContext context, HttpError error) =>
        GraphQLResponseWriter.WriteErrorAsync(context.Response, error, ResponseFormat.GraphQLResponseJson);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure while answering a GraphQL request.")]
    private static partial void LogUnexpected(ILogger logger, Exception exception);
}

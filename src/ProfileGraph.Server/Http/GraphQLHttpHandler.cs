using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Server.Hosting;

namespace ProfileGraph.Server.Http;

/// <summary>
/// GraphQL over HTTP for POST (<c>application/json</c> bodies) and GET (query-string parameters, queries only):
/// negotiates the response type, reads the request, runs it and writes the result with its status code.
/// </summary>
internal sealed class GraphQLHttpHandler(IRequestExecutor executor, IOptions<ProfileGraphServerOptions> options)
{
    private const string CostHeader = "GraphQL-Cost";

    public async Task HandlePostAsync(HttpContext context)
    {
        if (!AcceptHeader.TryNegotiate(context.Request.Headers.Accept, out var format, out var error))
        {
            await GraphQLResponseWriter.WriteErrorAsync(context.Response, error!, format).ConfigureAwait(false);
            return;
        }

        if (!IsJson(context.Request.ContentType))
        {
            await GraphQLResponseWriter.WriteErrorAsync(context.Response, HttpErrors.UnsupportedContentType(), format).ConfigureAwait(false);
            return;
        }

        var (body, bodyError) = await RequestBody.ReadAsync(context.Request, options.Value.MaxRequestBodySize).ConfigureAwait(false);
        var parsed = bodyError is null ? JsonBodyParser.Parse(body) : bodyError;
        await ExecuteAsync(context, parsed, format, allowMutations: true).ConfigureAwait(false);
    }

    public async Task HandleGetAsync(HttpContext context)
    {
        if (!AcceptHeader.TryNegotiate(context.Request.Headers.Accept, out var format, out var error))
        {
            await GraphQLResponseWriter.WriteErrorAsync(context.Response, error!, format).ConfigureAwait(false);
            return;
        }

        await ExecuteAsync(context, QueryStringParser.Parse(context.Request.Query), format, allowMutations: false).ConfigureAwait(false);
    }

    private async Task ExecuteAsync(HttpContext context, ParsedRequest parsed, ResponseFormat format, bool allowMutations)
    {
        if (parsed.Error is not null)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context.Response, parsed.Error, format).ConfigureAwait(false);
            return;
        }

        var requestOptions = new RequestOptions
        {
            AllowMutations = allowMutations,
            Services = context.RequestServices,
            Cost = ReadCostMode(context.Request.Headers[CostHeader]),
        };

        var result = await executor.ExecuteAsync(parsed.Request!, requestOptions, context.RequestAborted).ConfigureAwait(false);
        if (result.Kind == ResultKind.Canceled && context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var status = ResultStatusCodes.For(result, format);
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
        }

        await GraphQLResponseWriter.WriteResultAsync(context.Response, status, format, result).ConfigureAwait(false);
    }

    /// <summary><c>GraphQL-Cost: report</c> executes and reports the cost; <c>validate</c> only computes it.</summary>
    internal static CostMode ReadCostMode(string? header) => header?.Trim().ToUpperInvariant() switch
    {
        "REPORT" => CostMode.Report,
        "VALIDATE" => CostMode.Validate,
        _ => CostMode.None,
    };

    /// <summary>True for <c>application/json</c> with no charset or a UTF-8 one (GraphQL over HTTP §"POST").</summary>
    internal static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return false;
        }

        if (!mediaType.MediaType.Equals(AcceptHeader.Json, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var charset = mediaType.Charset;
        return !charset.HasValue
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.Server.Http;

/// <summary>
/// Serves the printed schema for <c>GET /graphql?sdl</c> and <c>GET /graphql/schema.graphql</c> as
/// <c>application/graphql</c>, with an ETag, as HotChocolate's <c>HttpGetSchemaMiddleware</c> does.
/// </summary>
internal sealed class SchemaDocumentHandler(IRequestExecutor executor)
{
    private readonly Lazy<(byte[] Sdl, string ETag)> _document = new(() =>
    {
        var sdl = Encoding.UTF8.GetBytes(SchemaPrinter.Print(executor.Schema));
        var etag = "\"" + Convert.ToBase64String(SHA256.HashData(sdl)) + "\"";
        return (sdl, etag);
    });

    public async Task HandleAsync(HttpContext context)
    {
        var (sdl, etag) = _document.Value;
        var response = context.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "public, must-revalidate, max-age=3600";
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/graphql; charset=utf-8";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "schema.graphql" }.ToString();
        response.ContentLength = sdl.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(sdl, context.RequestAborted).ConfigureAwait(false);
        }
    }
}

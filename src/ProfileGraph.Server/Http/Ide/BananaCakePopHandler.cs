using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using ProfileGraph.Server.Hosting;

namespace ProfileGraph.Server.Http.Ide;

/// <summary>
/// Serves Banana Cake Pop (npm <c>@chillicream/bananacakepop-graphql-ide</c>) from its files on disk:
/// <c>index.html</c> for the GraphQL path, its assets below it, and <c>bcp-config.json</c>, which the IDE
/// fetches next to its page to learn the endpoint (HotChocolate's <c>ToolOptionsFileMiddleware</c>).
/// No file comes from a CDN.
/// </summary>
internal sealed class BananaCakePopHandler
{
    private const string IndexFile = "index.html";
    private const string StaticFolder = "static/";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly IFileProvider? _files;
    private readonly IdeOptions _ide;
    private readonly string _endpointPath;

    public BananaCakePopHandler(IOptions<ProfileGraphServerOptions> options)
    {
        _ide = options.Value.Ide;
        _endpointPath = options.Value.Path.TrimEnd('/');
        var directory = _ide.FilesDirectory ?? Path.Combine(AppContext.BaseDirectory, "bcp");
        if (_ide.Enable && File.Exists(Path.Combine(directory, IndexFile)))
        {
            _files = new PhysicalFileProvider(Path.GetFullPath(directory));
        }
    }

    /// <summary>True when the IDE is enabled and its files were found.</summary>
    public bool IsAvailable => _files is not null;

    public Task ServeIndexAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-cache";
        return SendFileAsync(context, _files!.GetFileInfo(IndexFile), "text/html; charset=utf-8");
    }

    public async Task ServeConfigAsync(HttpContext context)
    {
        var config = new Dictionary<string, object?>
        {
            ["endpoint"] = context.Request.PathBase + _endpointPath,
            ["useBrowserUrlAsEndpoint"] = true,
            ["includeCookies"] = _ide.IncludeCookies,
            ["useGet"] = _ide.UseGet,
            ["disableTelemetry"] = _ide.DisableTelemetry,
        };
        if (_ide.Title is not null)
        {
            config["title"] = _ide.Title;
        }

        if (_ide.Document is not null)
        {
            config["document"] = _ide.Document;
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(config, new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = json.Length;
        await context.Response.Body.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Serves the IDE file at <paramref name="relativePath"/>; false when there is none.</summary>
    public async Task<bool> TryServeFileAsync(HttpContext context, string relativePath)
    {
        var file = _files!.GetFileInfo(relativePath);
        if (!file.Exists || file.IsDirectory)
        {
            return false;
        }

        if (!ContentTypes.TryGetContentType(file.Name, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        // Files under static/ carry a content hash in their names, so they never change.
        context.Response.Headers.CacheControl = relativePath.StartsWith(StaticFolder, StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        await SendFileAsync(context, file, contentType).ConfigureAwait(false);
        return true;
    }

    private static async Task SendFileAsync(HttpContext context, IFileInfo file, string contentType)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = file.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.SendFileAsync(file, context.RequestAborted).ConfigureAwait(false);
        }
    }
}

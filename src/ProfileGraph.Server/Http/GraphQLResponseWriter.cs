using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Server.Http;

/// <summary>
/// Writes GraphQL responses (spec §7 "Response") with <see cref="Utf8JsonWriter"/>. The body is built in
/// memory first so a failure while writing still leaves the response untouched and answerable.
/// </summary>
internal static class GraphQLResponseWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteResultAsync(HttpResponse response, int statusCode, ResponseFormat format, ExecutionResult result)
    {
        // Pooled: a page of profiles is tens of kilobytes, which a fresh buffer would allocate (and outgrow) per request.
        using var buffer = new PooledBufferWriter(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            result.WriteTo(writer);
        }

        // The body stream copies what it is given before its write completes, so the buffer can go back afterwards.
        await SendAsync(response, statusCode, format, buffer.WrittenMemory).ConfigureAwait(false);
    }

    public static Task WriteErrorAsync(HttpResponse response, HttpError error, ResponseFormat format)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors"u8);
            writer.WriteStartObject();
            writer.WriteString("message"u8, error.Message);
            if (error.Code is not null)
            {
                writer.WriteStartObject("extensions"u8);
                writer.WriteString("code"u8, error.Code);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        foreach (var header in error.Headers)
        {
            response.Headers[header.Key] = header.Value;
        }

        return SendAsync(response, error.StatusCode, format, buffer.WrittenMemory);
    }

    private static async Task SendAsync(HttpResponse response, int statusCode, ResponseFormat format, ReadOnlyMemory<byte> body)
    {
        response.StatusCode = statusCode;
        response.ContentType = AcceptHeader.ContentType(format);
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, response.HttpContext.RequestAborted).ConfigureAwait(false);
    }
}

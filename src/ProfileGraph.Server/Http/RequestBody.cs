using System.Buffers;

namespace ProfileGraph.Server.Http;

/// <summary>Reads a request body whole, refusing it as soon as it passes the size limit (<c>HC0010</c>).</summary>
internal static class RequestBody
{
    public static async Task<(byte[]? Body, HttpError? Error)> ReadAsync(HttpRequest request, long limit)
    {
        if (request.ContentLength > limit)
        {
            return (null, HttpErrors.RequestTooLarge(limit));
        }

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                return (null, HttpErrors.RequestTooLarge(limit));
            }

            if (read.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return (body, null);
            }

            // Nothing consumed yet: ask for more data after what has been examined.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}

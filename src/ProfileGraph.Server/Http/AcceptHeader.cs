using Microsoft.Net.Http.Headers;

namespace ProfileGraph.Server.Http;

/// <summary>
/// Chooses the response media type from the <c>Accept</c> header. <c>application/graphql-response+json</c> named
/// explicitly → graphql-response+json (it wins a tie with json); <c>application/json</c> → json; no header, or only
/// <c>*/*</c> / <c>application/*</c> → json, as the GraphQL-over-HTTP specification recommends (§ Accept; older
/// clients send no Accept or a wildcard and expect json); nothing usable → 406 (<c>HC0063</c>); unparsable → 400
/// (<c>HC0064</c>).
/// </summary>
internal static class AcceptHeader
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static bool TryNegotiate(IList<string> acceptValues, out ResponseFormat format, out HttpError? error)
    {
        format = ResponseFormat.Json;
        error = null;
        if (acceptValues.Count == 0 || acceptValues.All(string.IsNullOrWhiteSpace))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptValues, out var mediaTypes))
        {
            error = HttpErrors.AcceptInvalid();
            return false;
        }

        ResponseFormat? best = null;
        double bestQuality = 0;
        foreach (var mediaType in mediaTypes)
        {
            var candidate = Match(mediaType);
            var quality = mediaType.Quality ?? 1.0;
            if (candidate is null || quality <= 0)
            {
                continue;
            }

            // Equal weight: graphql-response+json wins, it is the format the spec prefers.
            if (best is null || quality > bestQuality
                || (quality == bestQuality && candidate == ResponseFormat.GraphQLResponseJson))
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        if (best is null)
        {
            error = HttpErrors.AcceptNotSupported();
            return false;
        }

        format = best.Value;
        return true;
    }

    /// <summary>True when the first media type of the header mentions <c>text/html</c> (a browser navigating).</summary>
    public static bool PrefersHtml(IList<string> acceptValues)
    {
        var first = acceptValues.Count > 0 ? acceptValues[0] : null;
        if (string.IsNullOrEmpty(first))
        {
            return false;
        }

        var comma = first.IndexOf(',', StringComparison.Ordinal);
        var head = comma < 0 ? first : first[..comma];
        return head.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    public static string ContentType(ResponseFormat format) =>
        format == ResponseFormat.Json ? "application/json; charset=utf-8" : "application/graphql-response+json; charset=utf-8";

    private static ResponseFormat? Match(MediaTypeHeaderValue mediaType)
    {
        var type = mediaType.MediaType;
        if (type.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseFormat.GraphQLResponseJson;
        }

        var wildcard = type.Equals("*/*", StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/*", StringComparison.OrdinalIgnoreCase);
        return wildcard || type.Equals(Json, StringComparison.OrdinalIgnoreCase) ? ResponseFormat.Json : null;
    }
}

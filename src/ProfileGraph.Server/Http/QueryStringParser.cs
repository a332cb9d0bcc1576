using System.Text.Json;
using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Server.Http;

/// <summary>
/// Reads a GET request's parameters <c>query</c>, <c>operationName</c>, <c>variables</c> and
/// <c>extensions</c> (the last two JSON texts) from the query string (GraphQL over HTTP §"GET").
/// </summary>
internal static class QueryStringParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static ParsedRequest Parse(IQueryCollection parameters)
    {
        var query = Single(parameters, "query");
        var id = Single(parameters, "id");
        if (string.IsNullOrEmpty(query) && string.IsNullOrEmpty(id))
        {
            return HttpErrors.MissingQuery();
        }

        if (!TryParseObject(Single(parameters, "variables"), "variables", out var variables, out var error)
            || !TryParseObject(Single(parameters, "extensions"), "extensions", out var extensions, out error))
        {
            return error!;
        }

        return new GraphQLRequest
        {
            Query = string.IsNullOrEmpty(query) ? null : query,
            OperationName = NullIfEmpty(Single(parameters, "operationName")),
            Variables = variables,
            Extensions = extensions,
            DocumentId = NullIfEmpty(id),
        };
    }

    private static string? Single(IQueryCollection parameters, string name) =>
        parameters.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static bool TryParseObject(string? text, string member, out JsonElement? value, out HttpError? error)
    {
        value = null;
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text, DocumentOptions);
            switch (document.RootElement.ValueKind)
            {
                case JsonValueKind.Null:
                    return true;
                case JsonValueKind.Object:
                    value = document.RootElement.Clone();
                    return true;
                default:
                    error = HttpErrors.InvalidMember(member, "a JSON object or null");
                    return false;
            }
        }
        catch (JsonException ex)
        {
            error = HttpErrors.InvalidJson(ex.Message);
            return false;
        }
    }
}

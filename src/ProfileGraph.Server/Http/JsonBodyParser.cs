using System.Text.Json;
using System.Text.Unicode;
using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Server.Http;

/// <summary>
/// Reads a POST body <c>{"query", "operationName", "variables", "extensions"}</c> (GraphQL over HTTP
/// §"POST") with one forward pass of <see cref="Utf8JsonReader"/>; unknown members are skipped.
/// </summary>
internal static class JsonBodyParser
{
    // Variables deeper than this are not a GraphQL input anyone writes; the limit keeps the reader cheap.
    private const int MaxJsonDepth = 64;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = MaxJsonDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    public static ParsedRequest Parse(ReadOnlySpan<byte> body)
    {
        if (IsBlank(body))
        {
            return HttpErrors.EmptyRequest();
        }

        if (!Utf8.IsValid(body))
        {
            return HttpErrors.InvalidUtf8();
        }

        try
        {
            var reader = new Utf8JsonReader(body, ReaderOptions);
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return HttpErrors.EmptyRequest();
                case JsonTokenType.StartArray:
                    return HttpErrors.BatchingNotEnabled();
                case JsonTokenType.StartObject:
                    break;
                default:
                    return HttpErrors.InvalidMember("the request body", "a JSON object");
            }

            var result = ReadRequest(ref reader);

            // Anything after the object other than whitespace makes the reader throw here.
            while (reader.Read())
            {
            }

            return result;
        }
        catch (JsonException ex)
        {
            return HttpErrors.InvalidJson(ex.Message);
        }
    }

    private static ParsedRequest ReadRequest(ref Utf8JsonReader reader)
    {
        string? query = null;
        string? operationName = null;
        string? id = null;
        JsonElement? variables = null;
        JsonElement? extensions = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("query"u8))
            {
                reader.Read();
                if (!TryReadString(ref reader, out query))
                {
                    return HttpErrors.InvalidMember("query", "a string");
                }
            }
            else if (reader.ValueTextEquals("operationName"u8))
            {
                reader.Read();
                if (!TryReadString(ref reader, out operationName))
                {
                    return HttpErrors.InvalidMember("operationName", "a string or null");
                }
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                if (!TryReadString(ref reader, out id))
                {
                    return HttpErrors.InvalidMember("id", "a string or null");
                }
            }
            else if (reader.ValueTextEquals("variables"u8))
            {
                reader.Read();
                if (!TryReadObject(ref reader, out variables))
                {
                    return HttpErrors.InvalidMember("variables", "an object or null");
                }
            }
            else if (reader.ValueTextEquals("extensions"u8))
            {
                reader.Read();
                if (!TryReadObject(ref reader, out extensions))
                {
                    return HttpErrors.InvalidMember("extensions", "an object or null");
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (query is null && id is null)
        {
            return HttpErrors.MissingQuery();
        }

        return new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = variables,
            Extensions = extensions,
            DocumentId = id,
        };
    }

    private static bool TryReadString(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.String:
                value = reader.GetString();
                return true;
            default:
                reader.Skip();
                return false;
        }
    }

    private static bool TryReadObject(ref Utf8JsonReader reader, out JsonElement? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.StartObject:
                value = JsonElement.ParseValue(ref reader);
                return true;
            default:
                reader.Skip();
                return false;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}

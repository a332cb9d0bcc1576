namespace ProfileGraph.Server.Http;

/// <summary>
/// The transport's errors, with HotChocolate's codes and wording in one place
/// (HotChocolate.AspNetCore <c>ErrorHelper</c>; GraphQL over HTTP §"Status Codes").
/// </summary>
internal static class HttpErrors
{
    public static HttpError EmptyRequest() =>
        new(StatusCodes.Status400BadRequest, "The GraphQL request is empty.", "HC0009");

    public static HttpError RequestTooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The GraphQL request size exceeds the limit of {limit} bytes.", "HC0010");

    public static HttpError InvalidJson(string detail) =>
        new(StatusCodes.Status400BadRequest, $"The GraphQL request has a syntax error: {detail}", "HC0011");

    public static HttpError InvalidUtf8() =>
        new(StatusCodes.Status400BadRequest, "The GraphQL request has a syntax error: the body is not valid UTF-8.", "HC0011");

    public static HttpError InvalidMember(string member, string expected) =>
        new(StatusCodes.Status400BadRequest, $"The GraphQL request is invalid: `{member}` must be {expected}.", "HC0011");

    public static HttpError BatchingNotEnabled() =>
        new(StatusCodes.Status400BadRequest, "The GraphQL request is invalid: batching is not enabled, send one JSON object.", "HC0011");

    public static HttpError MissingQuery() =>
        new(StatusCodes.Status400BadRequest, "Either the parameter query or the parameter id has to be set.", "HC0013");

    public static HttpError AcceptNotSupported() =>
        new(
            StatusCodes.Status406NotAcceptable,
            "None of the media types in the Accept header is supported; use application/graphql-response+json or application/json.",
            "HC0063");

    public static HttpError AcceptInvalid() =>
        new(StatusCodes.Status400BadRequest, "The Accept header is not a valid list of media types.", "HC0064");

    public static HttpError UnsupportedContentType() =>
        new(
            StatusCodes.Status415UnsupportedMediaType,
            "A GraphQL POST request needs the Content-Type application/json (charset utf-8).",
            null);

    public static HttpError MethodNotAllowed() =>
        new(StatusCodes.Status405MethodNotAllowed, "Only GET and POST are supported on the GraphQL endpoint.", null)
        {
            Headers = [new("Allow", "GET, POST")],
        };

    public static HttpError GetNotEnabled() =>
        new(StatusCodes.Status405MethodNotAllowed, "GraphQL requests over GET are not enabled.", null)
        {
            Headers = [new("Allow", "POST")],
        };

    public static HttpError Unexpected() =>
        new(StatusCodes.Status400BadRequest, "Unexpected Execution Error", "HC0012");
}

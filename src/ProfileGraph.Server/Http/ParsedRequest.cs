using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Server.Http;

/// <summary>The outcome of reading a request: the GraphQL request, or the transport error to answer with.</summary>
internal readonly record struct ParsedRequest(GraphQLRequest? Request, HttpError? Error)
{
    public static implicit operator ParsedRequest(GraphQLRequest request) => new(request, null);

    public static implicit operator ParsedRequest(HttpError error) => new(null, error);
}

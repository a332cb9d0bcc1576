using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Server.Http;

/// <summary>
/// The HTTP status of an executed request (GraphQL over HTTP §"Status Codes"): with
/// <c>application/graphql-response+json</c> a response without <c>data</c> is a 400; with
/// <c>application/json</c> every well-formed request is a 200; a mutation over GET is a 405.
/// </summary>
internal static class ResultStatusCodes
{
    public static int For(ExecutionResult result, ResponseFormat format) => result.Kind switch
    {
        ResultKind.Data or ResultKind.CostOnly => StatusCodes.Status200OK,
        ResultKind.OperationNotAllowed => StatusCodes.Status405MethodNotAllowed,
        _ => format == ResponseFormat.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
    };
}

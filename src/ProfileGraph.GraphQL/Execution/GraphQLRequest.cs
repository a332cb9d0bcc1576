using System.Text.Json;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>One GraphQL request (GraphQL over HTTP "GraphQL-over-HTTP request parameters").</summary>
public sealed class GraphQLRequest
{
    /// <summary>Creates an empty request; set the properties with an initializer.</summary>
    public GraphQLRequest()
    {
    }

    /// <summary>Creates a request for a document text.</summary>
    public GraphQLRequest(string? query, string? operationName = null, JsonElement? variables = null)
    {
        Query = query;
        OperationName = operationName;
        Variables = variables;
    }

    /// <summary>The GraphQL document text.</summary>
    public string? Query { get; init; }

    /// <summary>The operation to run when the document holds several.</summary>
    public string? OperationName { get; init; }

    /// <summary>The variable values: a JSON object, or null/undefined.</summary>
    public JsonElement? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> object, if any.</summary>
    public JsonElement? Extensions { get; init; }

    /// <summary>
    /// The id of a document executed before on this executor; used when <see cref="Query"/> is absent.
    /// When <see cref="Query"/> is given too, the document is also remembered under this id.
    /// </summary>
    public string? DocumentId { get; init; }
}

namespace ProfileGraph.Server.Http;

/// <summary>The media type a GraphQL response is written in (GraphQL over HTTP §"Accept").</summary>
internal enum ResponseFormat
{
    /// <summary><c>application/graphql-response+json</c>: request errors get 4xx status codes.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: every well-formed request gets 200.</summary>
    Json,
}

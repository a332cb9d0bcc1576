namespace ProfileGraph.GraphQL;

/// <summary>
/// One entry of a GraphQL response's <c>errors</c> list (spec §7.1.2 "Errors"):
/// a message, the document locations it refers to, the response path and extensions such as <c>code</c>.
/// </summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error.</summary>
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Locations = locations;
        Path = path;
        Extensions = extensions;
    }

    /// <summary>A description of the error for the client developer.</summary>
    public string Message { get; }

    /// <summary>1-based positions in the request document, or null when none applies.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>Response path: string field names (or aliases) and int list indexes.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Additional data, e.g. <c>code</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The <c>code</c> extension, when it is a string.</summary>
    public string? Code =>
        Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>A 1-based line and column in a GraphQL source text.</summary>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>Thrown by the parser when a document is not valid GraphQL syntax (spec §2).</summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>Wraps a syntax error.</summary>
    public GraphQLSyntaxException(GraphQLError error)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>The error to report to the client.</summary>
    public GraphQLError Error { get; }
}

/// <summary>
/// Thrown by resolvers and value coercion to report a GraphQL error (with code, locations, path)
/// instead of an unexpected failure.
/// </summary>
public sealed class GraphQLException : Exception
{
    /// <summary>Wraps an error.</summary>
    public GraphQLException(GraphQLError error)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>Creates an exception with a plain error carrying only a message and, optionally, a code.</summary>
    public GraphQLException(string message, string? code = null)
        : this(new GraphQLError(
            message,
            extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code }))
    {
    }

    /// <summary>The error to report to the client.</summary>
    public GraphQLError Error { get; }
}

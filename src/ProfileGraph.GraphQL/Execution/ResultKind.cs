namespace ProfileGraph.GraphQL.Execution;

/// <summary>How a request ended; transports map it to a status code.</summary>
public enum ResultKind
{
    /// <summary>The operation ran; <c>data</c> is present (possibly null) and field errors may exist.</summary>
    Data,

    /// <summary>The request failed before execution (syntax, validation, operation selection, variables); no <c>data</c>.</summary>
    RequestError,

    /// <summary>The operation type is not allowed for this request (a mutation over HTTP GET).</summary>
    OperationNotAllowed,

    /// <summary>Execution exceeded <see cref="RequestExecutorOptions.ExecutionTimeout"/>.</summary>
    Timeout,

    /// <summary>The caller cancelled the request.</summary>
    Canceled,

    /// <summary>Only the operation's cost was computed (<see cref="CostMode.Validate"/>).</summary>
    CostOnly,
}

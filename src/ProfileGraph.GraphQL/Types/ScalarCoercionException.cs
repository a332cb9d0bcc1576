namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// Thrown by a <see cref="ScalarType"/> when a value cannot be coerced (spec §3.5 input and result coercion).
/// The caller turns it into a GraphQL error with location, path and code.
/// </summary>
public sealed class ScalarCoercionException : Exception
{
    /// <summary>Creates the exception with a message for the client.</summary>
    public ScalarCoercionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the client and the underlying cause.</summary>
    public ScalarCoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

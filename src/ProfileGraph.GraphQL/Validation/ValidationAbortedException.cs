namespace ProfileGraph.GraphQL.Validation;

/// <summary>Stops a validation run: the error limit was reached or a work budget ran out.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Validation aborted.")
    {
    }
}

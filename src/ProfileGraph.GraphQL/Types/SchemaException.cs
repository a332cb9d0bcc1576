namespace ProfileGraph.GraphQL.Types;

/// <summary>Thrown by <see cref="SchemaBuilder.Build"/> when the SDL does not describe a valid schema (spec §3).</summary>
public sealed class SchemaException : Exception
{
    /// <summary>Creates the exception from every problem found.</summary>
    public SchemaException(IReadOnlyList<string> errors)
        : base("The schema is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "- " + e)))
    {
        Errors = errors;
    }

    /// <summary>Each problem, one sentence each.</summary>
    public IReadOnlyList<string> Errors { get; }
}

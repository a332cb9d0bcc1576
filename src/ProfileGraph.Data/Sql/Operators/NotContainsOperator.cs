namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>ncontains</c>: the negation of <c>contains</c>, so null/missing values match.</summary>
internal static class NotContainsOperator
{
    public static string Write(FilterContext context, StringFilter filter) =>
        context.Dialect.IsNotTrue(StringMatch.Write(context, filter, "ncontains", context.Dialect.Contains));
}

namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>nEndsWith</c>: the negation of <c>endsWith</c>, so null/missing values match.</summary>
internal static class NotEndsWithOperator
{
    public static string Write(FilterContext context, StringFilter filter) =>
        context.Dialect.IsNotTrue(StringMatch.Write(context, filter, "nEndsWith", context.Dialect.EndsWith));
}

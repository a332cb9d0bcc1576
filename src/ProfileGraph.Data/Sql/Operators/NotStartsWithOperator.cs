namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>nStartsWith</c>: the negation of <c>startsWith</c>, so null/missing values match.</summary>
internal static class NotStartsWithOperator
{
    public static string Write(FilterContext context, StringFilter filter) =>
        context.Dialect.IsNotTrue(StringMatch.Write(context, filter, "nStartsWith", context.Dialect.StartsWith));
}

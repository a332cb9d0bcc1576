namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>startsWith</c>: case-sensitive; null/missing values never match.</summary>
internal static class StartsWithOperator
{
    public static string Write(FilterContext context, StringFilter filter) =>
        StringMatch.Write(context, filter, "startsWith", context.Dialect.StartsWith);
}

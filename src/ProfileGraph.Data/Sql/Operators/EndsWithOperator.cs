namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>endsWith</c>: case-sensitive; null/missing values never match.</summary>
internal static class EndsWithOperator
{
    public static string Write(FilterContext context, StringFilter filter) =>
        StringMatch.Write(context, filter, "endsWith", context.Dialect.EndsWith);
}

namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>contains</c>: case-sensitive; null/missing values never match.</summary>
internal static class ContainsOperator
{
    public static string Write(FilterContext context, StringFilter filter) =>
        StringMatch.Write(context, filter, "contains", context.Dialect.Contains);
}

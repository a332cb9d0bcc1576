namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>gte</c>: strictly ordered comparison; null/missing values never match.</summary>
internal static class GreaterThanOrEqualsOperator
{
    public static string Write(FilterContext context, ComparisonFilter filter) =>
        RangeComparison.Write(context, filter, "gte", ">=");
}

namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>lte</c>: strictly ordered comparison; null/missing values never match.</summary>
internal static class LowerThanOrEqualsOperator
{
    public static string Write(FilterContext context, ComparisonFilter filter) =>
        RangeComparison.Write(context, filter, "lte", "<=");
}

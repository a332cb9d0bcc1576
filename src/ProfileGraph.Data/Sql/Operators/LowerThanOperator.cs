namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>lt</c>: strictly ordered comparison; null/missing values never match.</summary>
internal static class LowerThanOperator
{
    public static string Write(FilterContext context, ComparisonFilter filter) =>
        RangeComparison.Write(context, filter, "lt", "<");
}

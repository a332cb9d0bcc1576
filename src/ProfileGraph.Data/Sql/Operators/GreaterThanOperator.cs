namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>gt</c>: strictly ordered comparison; null/missing values never match.</summary>
internal static class GreaterThanOperator
{
    public static string Write(FilterContext context, ComparisonFilter filter) =>
        RangeComparison.Write(context, filter, "gt", ">");
}

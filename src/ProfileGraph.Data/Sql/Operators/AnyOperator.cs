namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>any: true</c>: the list has items; <c>any: false</c>: it is empty, null or missing.</summary>
internal static class AnyOperator
{
    public static string Write(FilterContext context, AnyFilter filter)
    {
        var d = context.Dialect;
        var length = d.Coalesce(d.ListLength(context.List(filter.Path, "any")), "0");
        return d.Compare(length, filter.NonEmpty ? ">" : "=", "0");
    }
}

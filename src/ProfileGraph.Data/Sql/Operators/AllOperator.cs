namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>all</c>: the list has items and every item matches (an item whose test is unknown does not).</summary>
internal static class AllOperator
{
    public static string Write(FilterContext context, ListFilter filter)
    {
        var d = context.Dialect;
        var list = context.List(filter.Path, "all");
        var failing = d.IsNotTrue(FilterWriter.Write(context.ForItemsOf(list), filter.Item));
        var nonEmpty = d.Compare(d.Coalesce(d.ListLength(list), "0"), ">", "0");
        return d.And([nonEmpty, d.IsNotTrue(d.ExistsRow(d.ListItems(list), failing))]);
    }
}

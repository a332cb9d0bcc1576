using ProfileGraph.Data.Sql.Dialects;

namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>some</c>: at least one item matches; a null/missing list has no items.</summary>
internal static class SomeOperator
{
    public static string Write(FilterContext context, ListFilter filter)
    {
        var list = context.List(filter.Path, "some");
        if (context.Dialect is PostgresDialect pg && list.IsIndexed
            && filter.Item is ComparisonFilter { Operator: ComparisonOperator.Eq, Path: "" or null } eq && !ValueCoercer.IsNull(eq.Value))
        {
            // Containment is what the list's GIN index serves.
            return pg.ListContains(list, ValueCoercer.Coerce(list, list.Type, eq.Value!), context.Parameters);
        }

        return context.Dialect.ExistsRow(context.Dialect.ListItems(list), FilterWriter.Write(context.ForItemsOf(list), filter.Item));
    }
}

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

        if (context.Dialect is PostgresDialect pgObjects && list.IsObjectList
            && filter.Item is ComparisonFilter { Operator: ComparisonOperator.Eq } fieldEq && !ValueCoercer.IsNull(fieldEq.Value)
            && fieldEq.Path is not null && list.ItemFields.TryGetValue(fieldEq.Path, out var itemField))
        {
            // Containment of [{field: value}] is equality on one item's field, and 2-3x faster than unnesting.
            return pgObjects.ItemContains(list, itemField, ValueCoercer.Coerce(itemField, itemField.Type, fieldEq.Value!), context.Parameters);
        }

        return context.Dialect.ExistsRow(context.Dialect.ListItems(list), FilterWriter.Write(context.ForItemsOf(list), filter.Item));
    }
}

namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>none</c>: no item matches; true for an empty, null or missing list.</summary>
internal static class NoneOperator
{
    public static string Write(FilterContext context, ListFilter filter) =>
        context.Dialect.IsNotTrue(SomeOperator.Write(context, filter with { Quantifier = ListQuantifier.Some }));
}

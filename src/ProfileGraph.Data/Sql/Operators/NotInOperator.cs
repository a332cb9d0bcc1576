namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>nin</c>: none of the values; null/missing match unless null is one of the values.</summary>
internal static class NotInOperator
{
    public static string Write(FilterContext context, InFilter filter) =>
        context.Dialect.IsNotTrue(InOperator.Write(context, filter with { Negated = false }));
}

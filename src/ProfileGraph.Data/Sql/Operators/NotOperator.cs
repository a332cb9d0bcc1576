namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>not</c>: two-valued, so a comparison with a null/missing value (unknown) counts as not matching and NOT makes it match.</summary>
internal static class NotOperator
{
    public static string Write(FilterContext context, NotFilter filter) =>
        context.Dialect.IsNotTrue(FilterWriter.Write(context, filter.Operand));
}

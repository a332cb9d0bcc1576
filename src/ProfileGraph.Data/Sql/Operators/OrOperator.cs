namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>or</c>: at least one operand matches; an empty list matches nothing.</summary>
internal static class OrOperator
{
    public static string Write(FilterContext context, OrFilter filter) =>
        context.Dialect.Or(filter.Operands.Select(o => FilterWriter.Write(context, o)));
}

namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>and</c>: every operand matches; an empty list matches everything.</summary>
internal static class AndOperator
{
    public static string Write(FilterContext context, AndFilter filter) =>
        context.Dialect.And(filter.Operands.Select(o => FilterWriter.Write(context, o)));
}

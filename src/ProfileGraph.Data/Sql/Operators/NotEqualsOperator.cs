namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>neq</c>: any other value, null and missing included; <c>neq: null</c> matches present values.</summary>
internal static class NotEqualsOperator
{
    public static string Write(FilterContext context, ComparisonFilter filter)
    {
        var (field, sql) = context.Scalar(filter.Path, "neq");
        var d = context.Dialect;
        return ValueCoercer.IsNull(filter.Value)
            ? d.IsNotNull(sql)
            : d.Or([d.IsNull(sql), d.Compare(sql, "<>", context.Value(field, filter.Value!))]);
    }
}

namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>eq</c>: equal value; <c>eq: null</c> matches null and missing.</summary>
internal static class EqualsOperator
{
    public static string Write(FilterContext context, ComparisonFilter filter)
    {
        var (field, sql) = context.Scalar(filter.Path, "eq");
        return ValueCoercer.IsNull(filter.Value)
            ? context.Dialect.IsNull(sql)
            : context.Dialect.Compare(sql, "=", context.Value(field, filter.Value!));
    }
}

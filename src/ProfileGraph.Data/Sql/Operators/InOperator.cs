namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>in</c>: one of the values; a null item matches null and missing; an empty list matches nothing.</summary>
internal static class InOperator
{
    public static string Write(FilterContext context, InFilter filter)
    {
        var (field, sql) = context.Scalar(filter.Path, "in");
        var d = context.Dialect;
        var values = filter.Values.Where(v => !ValueCoercer.IsNull(v)).Select(v => ValueCoercer.Coerce(field, field.Type, v!)).ToList();
        var parts = new List<string>();
        if (values.Count > 0)
        {
            parts.Add(d.InList(sql, field, values, context.Parameters));
        }

        if (values.Count < filter.Values.Count)
        {
            parts.Add(d.IsNull(sql));
        }

        return d.Or(parts);
    }
}

namespace ProfileGraph.Data.Sql;

/// <summary>
/// The keyset condition "comes after these sort values", with null as the lowest value in both directions,
/// plus a leading bound on the first key so an index on it can seek straight to the page.
/// </summary>
internal static class SeekWriter
{
    public static string Write(FilterContext context, IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values)
    {
        var d = context.Dialect;
        var branches = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            var parts = new List<string>();
            for (var j = 0; j < i; j++)
            {
                parts.Add(values[j] is null ? d.IsNull(keys[j].Sql) : d.Compare(keys[j].Sql, "=", Bind(context, keys[j], values[j]!)));
            }

            var after = After(context, keys[i], values[i]);
            if (after is null)
            {
                continue;
            }

            parts.Add(after);
            branches.Add(d.And(parts));
        }

        var seek = d.Or(branches);
        var first = keys[0];
        if (values[0] is not null && (!first.Descending || !first.Field.IsNullable))
        {
            seek = d.And([d.Compare(first.Sql, first.Descending ? "<=" : ">=", Bind(context, first, values[0]!)), seek]);
        }

        return seek;
    }

    private static string? After(FilterContext context, SortKey key, object? value)
    {
        var d = context.Dialect;
        if (value is null)
        {
            return key.Descending ? null : d.IsNotNull(key.Sql);
        }

        var compare = d.Compare(key.Sql, key.Descending ? "<" : ">", Bind(context, key, value));
        return key.Descending && key.Field.IsNullable ? d.Or([compare, d.IsNull(key.Sql)]) : compare;
    }

    private static string Bind(FilterContext context, SortKey key, object value) =>
        context.Dialect.Value(key.Field, key.Field.Type, value, context.Parameters);
}

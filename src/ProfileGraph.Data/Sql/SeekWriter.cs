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
        if (CanCompareRows(keys, values))
        {
            // One row comparison is a single index bound, so a page deep inside a run of equal keys costs the same as any other.
            // The plain bound on the first key is for engines (SQLite) that cannot seek an index by a row value.
            var bound = keys.Select((k, i) => Bind(context, k, values[i]!)).ToList();
            var descending = keys[0].Descending;
            return d.And([
                d.Compare(keys[0].Sql, descending ? "<=" : ">=", Bind(context, keys[0], values[0]!)),
                d.RowCompare(keys.Select(k => k.Sql).ToList(), descending ? "<" : ">", bound),
            ]);
        }

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

    /// <summary>
    /// A row comparison is exact when every key runs the same way and no cursor value is null: ascending, a null
    /// key compares unknown and is dropped, which is right because null sorts lowest; descending, nulls would
    /// belong after the cursor, so only non-nullable keys qualify.
    /// </summary>
    private static bool CanCompareRows(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values) =>
        values.All(v => v is not null)
        && keys.All(k => k.Descending == keys[0].Descending)
        && (!keys[0].Descending || keys.All(k => !k.Field.IsNullable));

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

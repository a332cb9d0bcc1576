namespace ProfileGraph.Data.Sql;

/// <summary>
/// The keyset condition "comes after these sort values", with null as the lowest value in both directions:
/// one row comparison when that is exact, else one branch per key after a leading bound on the first key.
/// </summary>
internal static class SeekWriter
{
    public static string Write(FilterContext context, IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values)
    {
        var d = context.Dialect;
        if (CanCompareRows(keys, values))
        {
            // One row comparison is a single index bound, so a page deep inside a run of equal keys costs the same as any other.
            var bound = keys.Select((k, i) => Bind(context, k, values[i]!)).ToList();
            var descending = keys[0].Descending;
            var row = d.RowCompare(keys.Select(k => k.Sql).ToList(), descending ? "<" : ">", bound);
            return d.BoundsRowSeek ? d.And([d.Compare(keys[0].Sql, descending ? "<=" : ">=", Bind(context, keys[0], values[0]!)), row]) : row;
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
    /// The same seek as disjoint arms, one per way a row can come after the cursor: the keys before
    /// <see cref="SeekArm.FreeFrom"/> equal (or null like) the cursor's, the next one beyond it. With the first key
    /// indexed as (key, id), the arm "first key equal, id beyond" is one index range starting at the cursor, so an
    /// engine that cannot seek by a row value does not walk the run of equal first keys before it.
    /// </summary>
    public static IReadOnlyList<SeekArm> Arms(FilterContext context, IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values)
    {
        var d = context.Dialect;
        var arms = new List<SeekArm>();
        var equal = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var value = values[i];
            if (value is not null)
            {
                arms.Add(new(d.And([.. equal, d.Compare(key.Sql, key.Descending ? "<" : ">", Bind(context, key, value))]), i));
                if (key.Descending && key.Field.IsNullable)
                {
                    // Descending, nulls come after every value: their own arm, with this key fixed at null.
                    arms.Add(new(d.And([.. equal, d.IsNull(key.Sql)]), i + 1));
                }
            }
            else if (!key.Descending)
            {
                arms.Add(new(d.And([.. equal, d.IsNotNull(key.Sql)]), i));
            }

            if (i < keys.Count - 1)
            {
                equal.Add(value is null ? d.IsNull(key.Sql) : d.Compare(key.Sql, "=", Bind(context, key, value)));
            }
        }

        return arms;
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

/// <summary>One arm of a keyset seek: its condition, and the first key it leaves free (the keys before it are fixed).</summary>
internal sealed record SeekArm(string Condition, int FreeFrom);

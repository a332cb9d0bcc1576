namespace ProfileGraph.Data.Sql;

/// <summary>A resolved sort key: its field, SQL expression and direction.</summary>
internal sealed record SortKey(FieldDefinition Field, string Sql, bool Descending)
{
    public SortKey Reversed() => this with { Descending = !Descending };

    /// <summary>The keys of a query: the caller's sort, then the id in the direction of the last key.</summary>
    public static List<SortKey> Resolve(FilterContext context, IReadOnlyList<SortField> order)
    {
        var keys = new List<SortKey>();
        foreach (var sort in order ?? [])
        {
            var field = context.Schema.Get(sort.Path);
            if (!field.IsScalar)
            {
                throw QueryErrors.NotSortable(sort.Path);
            }

            if (field.Path == "id")
            {
                continue;
            }

            keys.Add(new SortKey(field, context.Dialect.Field(field), sort.Direction == SortDirection.Descending));
        }

        var id = context.Schema.Get("id");
        var idDescending = order?.LastOrDefault(s => s.Path == "id")?.Direction == SortDirection.Descending
            || (order?.Any(s => s.Path == "id") != true && keys.Count > 0 && keys[^1].Descending);
        keys.Add(new SortKey(id, context.Dialect.Field(id), idDescending));
        return keys;
    }
}

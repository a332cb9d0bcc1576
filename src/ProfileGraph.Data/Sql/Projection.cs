namespace ProfileGraph.Data.Sql;

/// <summary>
/// Which JSON paths a read returns. Null means the whole body; otherwise only the selected paths are read
/// (the store-maintained fields always come back, from their columns).
/// </summary>
internal sealed class Projection
{
    private Projection(IReadOnlyList<string[]>? paths) => Paths = paths;

    public IReadOnlyList<string[]>? Paths { get; }

    public static Projection Create(DocumentSchema schema, IReadOnlyList<string>? select)
    {
        if (select is null)
        {
            return new Projection(null);
        }

        var paths = new List<string[]>();
        foreach (var path in select.Distinct(StringComparer.Ordinal))
        {
            if (schema.TryGet(path, out var field))
            {
                if (!field.IsMeta)
                {
                    paths.Add(field.Segments);
                }
            }
            else if (schema.OpenParentOf(path) is not null)
            {
                paths.Add(FieldPath.Split(path));
            }
            else
            {
                throw QueryErrors.UnknownPath(path);
            }
        }

        return new Projection(paths);
    }

    public string Columns(Dialects.SqlDialect dialect) => dialect.BodyColumns(Paths);

    public int ColumnCount => Paths is null ? 1 : Math.Max(1, Paths.Count);
}

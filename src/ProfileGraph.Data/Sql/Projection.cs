namespace ProfileGraph.Data.Sql;

/// <summary>
/// Which JSON paths a read returns. Null means the whole body; otherwise only the selected paths are read
/// (the store-maintained fields always come back, from their columns). A selected object that other selected
/// paths lie below is a container: it comes back holding only those paths (empty when none of them is stored),
/// and is missing only when the object itself is not stored.
/// </summary>
internal sealed class Projection
{
    private readonly Dictionary<string, int>? _columnByPath;
    // One reference, so a reader on another thread sees a whole pair or none.
    private ColumnsText? _columnsText;

    private Projection(IReadOnlyList<string[]>? paths, int containerCount, IReadOnlyList<FieldDefinition?>? fields = null)
    {
        Paths = paths;
        ContainerCount = containerCount;
        Fields = fields ?? [];
        if (paths is not null)
        {
            _columnByPath = new Dictionary<string, int>(paths.Count, StringComparer.Ordinal);
            for (var i = 0; i < paths.Count; i++)
            {
                _columnByPath[string.Join('.', paths[i])] = i;
            }
        }
    }

    /// <summary>The paths in column order: the <see cref="ContainerCount"/> containers first, then the values.</summary>
    public IReadOnlyList<string[]>? Paths { get; }

    /// <summary>How many of the first <see cref="Paths"/> are containers, read as <c>{}</c> when the object is stored.</summary>
    public int ContainerCount { get; }

    /// <summary>
    /// Per path: the declared scalar field stored there, else null (a container, or a path below an open object).
    /// The dialect may read such a field from a column of its own instead of walking the JSON (see
    /// <see cref="Dialects.SqlDialect.ValueColumn"/>); writes accept only the declared type there, and null is never stored.
    /// </summary>
    public IReadOnlyList<FieldDefinition?> Fields { get; }

    /// <summary>
    /// Whether the column holds a declared string as SQL text rather than JSON: no JSON output on the server and no
    /// parse here. Every other column holds JSON text.
    /// </summary>
    public bool IsText(int column) => column < Fields.Count && Fields[column] is { Type: FieldType.String };

    /// <summary>The column that holds the dotted <paramref name="path"/>, when it is one of <see cref="Paths"/>.</summary>
    public bool TryGetColumn(string path, out int column)
    {
        column = -1;
        return _columnByPath is not null && _columnByPath.TryGetValue(path, out column);
    }

    private static readonly Projection Whole = new(null, 0);

    /// <summary>
    /// The projection of <paramref name="select"/>. The selections of an application's operations repeat, so
    /// projections are kept per schema (up to a bound, so odd selections cannot grow the cache without end).
    /// </summary>
    public static Projection Create(DocumentSchema schema, IReadOnlyList<string>? select)
    {
        if (select is null)
        {
            return Whole;
        }

        return schema.Projections.GetOrAdd(string.Join('\n', select), _ => Build(schema, select));
    }

    private static Projection Build(DocumentSchema schema, IReadOnlyList<string> select)
    {
        var selected = select.Distinct(StringComparer.Ordinal).ToList();
        var containers = new List<string[]>();
        var values = new List<string[]>();
        var fields = new List<FieldDefinition?>();
        foreach (var path in selected)
        {
            string[] segments;
            if (schema.TryGet(path, out var field))
            {
                if (field.IsMeta)
                {
                    continue;
                }

                segments = field.Segments;
            }
            else if (schema.OpenParentOf(path) is not null)
            {
                segments = FieldPath.Split(path);
            }
            else
            {
                throw QueryErrors.UnknownPath(path);
            }

            var isContainer = selected.Exists(other => other.Length > path.Length + 1 && other.StartsWith(path + ".", StringComparison.Ordinal));
            if (isContainer)
            {
                containers.Add(segments);
            }
            else
            {
                values.Add(segments);
                fields.Add(field is { IsScalar: true, IsMeta: false } ? field : null);
            }
        }

        // Containers are placed before the values below them; shallower containers before deeper ones.
        return new Projection([.. containers.OrderBy(c => c.Length), .. values], containers.Count, [.. containers.Select(_ => (FieldDefinition?)null), .. fields]);
    }

    /// <summary>The select list of the paths in <paramref name="dialect"/>; written once, as every read and increment of this projection needs it.</summary>
    public string Columns(Dialects.SqlDialect dialect)
    {
        if (Volatile.Read(ref _columnsText) is { } cached && ReferenceEquals(cached.Dialect, dialect))
        {
            return cached.Text;
        }

        var text = dialect.BodyColumns(Paths, ContainerCount, Fields);
        Volatile.Write(ref _columnsText, new ColumnsText(dialect, text));
        return text;
    }

    private sealed record ColumnsText(Dialects.SqlDialect Dialect, string Text);

    public int ColumnCount => Paths is null ? 1 : Math.Max(1, Paths.Count);
}

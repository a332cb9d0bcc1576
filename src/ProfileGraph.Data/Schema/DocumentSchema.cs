namespace ProfileGraph.Data;

/// <summary>
/// The catalogue of paths a document may hold, built by the caller (never from client text).
/// The store-maintained fields <c>id</c>, <c>version</c>, <c>createdAt</c> and <c>updatedAt</c> are always present.
/// </summary>
public sealed class DocumentSchema
{
    private readonly Dictionary<string, FieldDefinition> _fields = new(StringComparer.Ordinal);

    /// <summary>Read projections built from this catalogue, by selection (see <c>Projection.Create</c>); emptied when a field is added.</summary>
    internal BoundedCache<string, Sql.Projection> Projections { get; } = new(512, StringComparer.Ordinal);
    private readonly List<CompoundIndex> _compoundIndexes = [];

    /// <param name="customPropertiesPath">Top-level object whose serialized size counts toward the project's capacity.</param>
    public DocumentSchema(string customPropertiesPath = "properties")
    {
        CustomPropertiesPath = customPropertiesPath;
        FieldPath.Split(customPropertiesPath);
        AddMeta("id", FieldType.String, "id");
        AddMeta("version", FieldType.Int, "version");
        AddMeta("createdAt", FieldType.DateTime, "created_at");
        AddMeta("updatedAt", FieldType.DateTime, "updated_at");
    }

    public string CustomPropertiesPath { get; }

    public IEnumerable<FieldDefinition> Fields => _fields.Values;

    /// <summary>The indexes declared over several fields, in declaration order.</summary>
    public IReadOnlyList<CompoundIndex> CompoundIndexes => _compoundIndexes;

    /// <summary>
    /// Declares an index over <paramref name="keys"/> (equality on the leading ones, a range or sort on the last) with
    /// <paramref name="include"/> kept in the index. Every field must already be declared as an indexed scalar or be a
    /// store-maintained field such as <c>createdAt</c>.
    /// </summary>
    public DocumentSchema AddCompoundIndex(IReadOnlyList<string> keys, IReadOnlyList<string>? include = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count < 2)
        {
            throw new ArgumentException("A compound index has two or more keys.", nameof(keys));
        }

        var index = new CompoundIndex(keys.Select(Indexable).ToList(), (include ?? []).Select(Indexable).ToList());
        if (_compoundIndexes.Any(i => i.Name == index.Name))
        {
            throw new ArgumentException("This compound index is declared twice.", nameof(keys));
        }

        _compoundIndexes.Add(index);
        return this;
    }

    /// <summary>Declares a scalar (or list-of-scalar) path.</summary>
    public DocumentSchema Add(string path, FieldType type, bool indexed = false, bool list = false)
    {
        var field = new FieldDefinition(path, type, list, indexed, isOpen: false, column: null);
        if (type == FieldType.Object && (indexed || list))
        {
            throw new ArgumentException("Object paths can be neither indexed nor lists.", nameof(path));
        }

        return Register(field);
    }

    /// <summary>Declares an object path; with <paramref name="open"/> its undeclared children may be written.</summary>
    public DocumentSchema AddObject(string path, bool open = false) =>
        Register(new FieldDefinition(path, FieldType.Object, false, false, open, null));

    /// <summary>
    /// Declares a list of objects and the scalar fields of its items (names relative to the item). Filters reach
    /// the items through <c>some</c> / <c>all</c> / <c>none</c> / <c>any</c>; undeclared item fields are kept as written.
    /// </summary>
    public DocumentSchema AddObjectList(string path, params (string Name, FieldType Type)[] itemFields)
    {
        ArgumentNullException.ThrowIfNull(itemFields);
        var items = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        foreach (var (name, type) in itemFields)
        {
            if (type == FieldType.Object || name.Contains('.', StringComparison.Ordinal))
            {
                throw new ArgumentException($"The item field '{name}' must be a scalar directly on the item.", nameof(itemFields));
            }

            if (!items.TryAdd(name, new FieldDefinition(name, type, false, false, false, null)))
            {
                throw new ArgumentException($"The item field '{name}' is declared twice.", nameof(itemFields));
            }
        }

        return Register(new FieldDefinition(path, FieldType.Object, true, false, false, null, items));
    }

    /// <summary>The definition of a path, or a <see cref="QueryException"/> (UNKNOWN_PATH).</summary>
    public FieldDefinition Get(string path)
    {
        if (path is not null && _fields.TryGetValue(path, out var field))
        {
            return field;
        }

        FieldPath.Split(path ?? "");
        throw QueryErrors.UnknownPath(path!);
    }

    public bool TryGet(string path, out FieldDefinition field) => _fields.TryGetValue(path, out field!);

    /// <summary>The nearest declared open object that contains <paramref name="path"/>, if any.</summary>
    internal FieldDefinition? OpenParentOf(string path)
    {
        var cut = path.LastIndexOf('.');
        while (cut > 0)
        {
            var prefix = path[..cut];
            if (_fields.TryGetValue(prefix, out var parent))
            {
                return parent.IsOpen ? parent : null;
            }

            cut = prefix.LastIndexOf('.');
        }

        return null;
    }

    private FieldDefinition Indexable(string path)
    {
        var field = _fields.TryGetValue(path, out var found) ? found : throw new ArgumentException($"The path '{path}' is not declared.", nameof(path));
        return field.IsScalar && (field.IsMeta || field.IsIndexed)
            ? field
            : throw new ArgumentException($"The path '{path}' must be an indexed scalar or a store-maintained field to be in a compound index.", nameof(path));
    }

    private DocumentSchema Register(FieldDefinition field)
    {
        if (!_fields.TryAdd(field.Path, field))
        {
            throw new ArgumentException($"The path '{field.Path}' is declared twice.", nameof(field));
        }

        Projections.Clear();

        return this;
    }

    private void AddMeta(string path, FieldType type, string column) =>
        Register(new FieldDefinition(path, type, false, true, false, column));
}

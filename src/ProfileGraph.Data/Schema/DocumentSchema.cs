namespace ProfileGraph.Data;

/// <summary>
/// The catalogue of paths a document may hold, built by the caller (never from client text).
/// The store-maintained fields <c>id</c>, <c>version</c>, <c>createdAt</c> and <c>updatedAt</c> are always present.
/// </summary>
public sealed class DocumentSchema
{
    private readonly Dictionary<string, FieldDefinition> _fields = new(StringComparer.Ordinal);

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

    private DocumentSchema Register(FieldDefinition field)
    {
        if (!_fields.TryAdd(field.Path, field))
        {
            throw new ArgumentException($"The path '{field.Path}' is declared twice.", nameof(field));
        }

        return this;
    }

    private void AddMeta(string path, FieldType type, string column) =>
        Register(new FieldDefinition(path, type, false, true, false, column));
}

namespace ProfileGraph.Data;

/// <summary>One path of the document catalogue: where it is, what it holds, whether it is indexed.</summary>
public sealed class FieldDefinition
{
    internal FieldDefinition(string path, FieldType type, bool isList, bool isIndexed, bool isOpen, string? column,
        IReadOnlyDictionary<string, FieldDefinition>? itemFields = null)
    {
        ItemFields = itemFields ?? new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        Path = path;
        Segments = FieldPath.Split(path);
        Type = type;
        IsList = isList;
        IsIndexed = isIndexed;
        IsOpen = isOpen;
        Column = column;
    }

    /// <summary>Dotted path into the document, e.g. <c>properties.vipLevel</c>.</summary>
    public string Path { get; }

    public FieldType Type { get; }

    /// <summary>The path holds a list whose items are of <see cref="Type"/>.</summary>
    public bool IsList { get; }

    /// <summary>The store keeps an index for this path (an expression index on SQLite; on PostgreSQL an indexed generated column, GIN for lists).</summary>
    public bool IsIndexed { get; }

    /// <summary>For a list of objects: the fields of one item, by name (paths relative to the item).</summary>
    public IReadOnlyDictionary<string, FieldDefinition> ItemFields { get; }

    /// <summary>A list whose items are objects with <see cref="ItemFields"/>.</summary>
    public bool IsObjectList => IsList && Type == FieldType.Object;

    /// <summary>An object whose undeclared children may be written (custom properties).</summary>
    public bool IsOpen { get; }

    /// <summary>A store-maintained field kept in its own column (id, version, createdAt, updatedAt).</summary>
    public bool IsMeta => Column is not null;

    internal string[] Segments { get; }

    internal string? Column { get; }

    internal bool IsScalar => !IsList && Type != FieldType.Object;

    internal bool IsNullable => Column is null;

    internal string TypeName => IsList ? $"list of {Type}" : Type.ToString();
}

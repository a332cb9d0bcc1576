using System.Data.Common;
using System.Globalization;

namespace ProfileGraph.Data.Sql.Dialects;

/// <summary>
/// Everything that is SQL syntax. The base writes the ANSI parts both engines share; the two dialects
/// write JSON access, string matching, list membership, paging and locking. Paths reach SQL text only
/// as schema identifiers (checked by <see cref="FieldPath"/>); values only as parameters.
/// </summary>
internal abstract partial class SqlDialect
{
    public const string Documents = "documents";

    public abstract string Name { get; }

    /// <summary>A parameter list for one statement, with this engine's placeholders.</summary>
    public virtual SqlParameters Parameters() => new();

    // ---- expressions -------------------------------------------------------------------------

    /// <summary>The typed scalar value at a field (a column for meta fields). NULL when null or missing.</summary>
    public abstract string Field(FieldDefinition field);

    /// <summary>The JSON value at a path (any JSON type), NULL when missing.</summary>
    public abstract string RawJson(IReadOnlyList<string> segments);

    /// <summary>A FROM-source yielding one row per item of a list field, aliased <c>item</c>.</summary>
    public abstract string ListItems(FieldDefinition field);

    /// <summary>The typed value of the current list item.</summary>
    public abstract string ItemValue(FieldType type);

    /// <summary>The typed value of a field of the current item of a list of objects; NULL when the item is not an object or lacks it.</summary>
    public abstract string ItemField(FieldDefinition itemField);

    /// <summary>The length of a list field; NULL or 0 when missing.</summary>
    public abstract string ListLength(FieldDefinition field);

    public abstract string Contains(string value, string pattern);

    public abstract string StartsWith(string value, string prefix);

    public abstract string EndsWith(string value, string suffix);

    /// <summary>value is one of the non-null items (bound as one parameter where the engine allows).</summary>
    public string InList(string value, FieldDefinition field, IReadOnlyList<object> items, SqlParameters parameters) =>
        items.Count == 1
            ? Compare(value, "=", Value(field, field.Type, items[0], parameters))
            : InManyList(value, field, items, parameters);

    /// <summary>value is one of two or more items.</summary>
    protected abstract string InManyList(string value, FieldDefinition field, IReadOnlyList<object> items, SqlParameters parameters);

    /// <summary>A parameter holding a canonical value of <paramref name="type"/> in the form this engine compares.</summary>
    public abstract string Value(FieldDefinition field, FieldType type, object value, SqlParameters parameters);

    /// <summary>Converts a value read from a sort column back into the canonical CLR value.</summary>
    public abstract object? ReadSortValue(DbDataReader reader, int ordinal, FieldDefinition field);

    public abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    public abstract object TimestampValue(DateTimeOffset value);

    /// <summary>A condition that holds when the document stores something (null included) at <paramref name="segments"/>.</summary>
    public virtual string Stored(IReadOnlyList<string> segments) => $"{RawJson(segments)} IS NOT NULL";

    /// <summary>
    /// The whole body, or one column per projected path (at least one column either way). The first
    /// <paramref name="containerCount"/> paths are containers: <c>{}</c> when the object is stored, else NULL. Each
    /// other path is read by <see cref="ValueColumn"/>, given its declared scalar field from <paramref name="fields"/>
    /// (one entry per path).
    /// </summary>
    public string BodyColumns(IReadOnlyList<string[]>? paths, int containerCount, IReadOnlyList<FieldDefinition?> fields) =>
        paths is null
            ? "doc"
            : string.Join(", ", paths.Select((path, i) =>
                i < containerCount ? $"CASE WHEN {Stored(path)} THEN '{{}}' END" : ValueColumn(path, fields[i])).DefaultIfEmpty("NULL"));

    /// <summary>
    /// One projected value: a declared string as its typed value (<see cref="Field"/>), SQL text from the field's own
    /// column where the engine keeps one; anything else as JSON text (<see cref="RawJson"/>).
    /// </summary>
    public virtual string ValueColumn(string[] path, FieldDefinition? field) =>
        field is { Type: FieldType.String } ? Field(field) : RawJson(path);

    // ---- keyset seek ---------------------------------------------------------------------------

    /// <summary>
    /// The index to read a keyset page through arm by arm (<see cref="SelectArms"/>) when the first sort key is
    /// <paramref name="first"/>, or null when a row comparison in the WHERE is already one index bound here.
    /// </summary>
    public virtual string? SeekIndex(FieldDefinition first) => null;

    /// <summary>
    /// Whether a row-comparison seek also carries a plain bound on its first key. SQLite ranges an index on
    /// whichever of the two it meets first, and only the row value starts the range at the cursor.
    /// </summary>
    public virtual bool BoundsRowSeek => true;

    /// <summary>A keyset page read as one SELECT per seek arm, merged in sort order; only for a non-null <see cref="SeekIndex"/>.</summary>
    public virtual string SelectArms(string columns, IReadOnlyList<string> where, IReadOnlyList<SortKey> keys, IReadOnlyList<SeekArm> arms, string index, string limit) =>
        throw new NotSupportedException($"{Name} seeks with one row comparison.");

    // ---- ANSI pieces ---------------------------------------------------------------------------

    public virtual string True => "TRUE";

    public virtual string False => "FALSE";

    public string Compare(string left, string op, string right) => $"{left} {op} {right}";

    public string RowCompare(IReadOnlyList<string> left, string op, IReadOnlyList<string> right) =>
        $"({string.Join(", ", left)}) {op} ({string.Join(", ", right)})";

    public string IsNull(string value) => $"{value} IS NULL";

    public string IsNotNull(string value) => $"{value} IS NOT NULL";

    /// <summary>Two-valued negation: a condition that is false or unknown (null) becomes true.</summary>
    public string IsNotTrue(string condition) => $"({condition}) IS NOT TRUE";

    public string And(IEnumerable<string> parts) => Join(parts, " AND ", True);

    public string Or(IEnumerable<string> parts) => Join(parts, " OR ", False);

    public string ExistsRow(string source, string condition) => $"EXISTS (SELECT 1 FROM {source} WHERE {condition})";

    public string Coalesce(string value, string fallback) => $"COALESCE({value}, {fallback})";

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<string> parts, string separator, string empty)
    {
        var list = parts.ToList();
        return list.Count switch
        {
            0 => empty,
            1 => list[0],
            _ => "(" + string.Join(separator, list.Select(p => "(" + p + ")")) + ")",
        };
    }
}

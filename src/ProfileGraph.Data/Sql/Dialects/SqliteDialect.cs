using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace ProfileGraph.Data.Sql.Dialects;

/// <summary>SQLite: JSON text in <c>doc</c>, read with json_extract; datetimes as UTC ISO text.</summary>
internal sealed partial class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    /// <summary>Run on every opened connection: WAL (readers never block the writer), NORMAL sync (safe in WAL), wait when busy.</summary>
    public const string ConnectionSetup = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";

    public override string Name => "sqlite";

    public override string LockClause => "";

    public override string MigrationLock => "";

    public override string Field(FieldDefinition field) =>
        field.Column ?? $"json_extract(doc, '{JsonPath(field.Segments)}')";

    public override string RawJson(IReadOnlyList<string> segments) => $"(doc -> '{JsonPath(segments)}')";

    public override string ListItems(FieldDefinition field) => $"json_each(doc, '{JsonPath(field.Segments)}') AS item";

    public override string ItemValue(FieldType type) => "item.value";

    // json_extract would reject a scalar item's text as malformed JSON, so only objects are read.
    public override string ItemField(FieldDefinition itemField) =>
        $"(CASE WHEN item.type = 'object' THEN json_extract(item.value, '{JsonPath(itemField.Segments)}') END)";

    public override string ListLength(FieldDefinition field) => $"json_array_length(doc, '{JsonPath(field.Segments)}')";

    public override string Contains(string value, string pattern) => $"instr({value}, {pattern}) > 0";

    public override string StartsWith(string value, string prefix) => $"substr({value}, 1, length({prefix})) = {prefix}";

    public override string EndsWith(string value, string suffix) =>
        $"(length({value}) >= length({suffix}) AND substr({value}, length({value}) - length({suffix}) + 1) = {suffix})";

    protected override string InManyList(string value, FieldDefinition field, IReadOnlyList<object> items, SqlParameters parameters)
    {
        var json = JsonSerializer.Serialize(items.Select(i => i is DateTimeOffset d ? ValueCoercer.FormatDateTime(d) : i).ToArray());
        return $"{value} IN (SELECT value FROM json_each({parameters.Add(json, SqlParamType.Text)}))";
    }

    public override string Value(FieldDefinition field, FieldType type, object value, SqlParameters parameters) => value switch
    {
        DateTimeOffset d => parameters.Add(ValueCoercer.FormatDateTime(d), SqlParamType.Text),
        string s => parameters.Add(s, SqlParamType.Text),
        long l => parameters.Add(l, SqlParamType.Int64),
        double n => parameters.Add(n, SqlParamType.Number),
        bool b => parameters.Add(b, SqlParamType.Bool),
        _ => throw new InvalidOperationException("Values are coerced before they are bound."),
    };

    public override object? ReadSortValue(DbDataReader reader, int ordinal, FieldDefinition field)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        var raw = reader.GetValue(ordinal);
        return field.Type switch
        {
            FieldType.Int => Convert.ToInt64(raw, CultureInfo.InvariantCulture),
            FieldType.Float => Convert.ToDouble(raw, CultureInfo.InvariantCulture),
            FieldType.Bool => Convert.ToInt64(raw, CultureInfo.InvariantCulture) != 0,
            FieldType.DateTime => DateTimeOffset.Parse((string)raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            _ => Convert.ToString(raw, CultureInfo.InvariantCulture),
        };
    }

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override object TimestampValue(DateTimeOffset value) => ValueCoercer.FormatDateTime(value);

    // SQLite already sorts NULL lowest in both directions.
    public override string OrderKey(string expression, bool descending, bool nullable) =>
        descending ? $"{expression} DESC" : expression;

    public override string? CreateIndex(FieldDefinition field) =>
        field.IsScalar && field.IsIndexed && !field.IsMeta
            ? $"CREATE INDEX IF NOT EXISTS {IndexName(field)} ON {Documents} (project, {Field(field)}, id)"
            : null;

    // No INCLUDE on SQLite: included fields follow the id, which keeps the keys' order and still covers a count.
    public override string CreateCompoundIndex(CompoundIndex index) =>
        $"CREATE INDEX IF NOT EXISTS {index.Name} ON {Documents} (project, "
        + string.Join(", ", index.Keys.Select(Field).Append("id").Concat(index.Include.Select(Field))) + ")";

    public override string ReadCompoundIndexes =>
        $"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '{Documents}' AND name LIKE 'documents\\_c\\_%' ESCAPE '\\'";

    public override bool BoundsRowSeek => false;

    // A row value seeks an index only when its items are plain columns, so a seek on a JSON field would start at the
    // first key's value and walk its whole run of equal values (an index on created_at or id seeks by row value).
    public override string? SeekIndex(FieldDefinition first) =>
        first.Column is null && CreateIndex(first) is not null ? IndexName(first) : null;

    /// <summary>
    /// Each arm is an index range with its own ORDER BY and LIMIT, so at most LIMIT rows per arm are read, and the
    /// union is ordered by the key columns. Arms that fix the first key name its index: without statistics the
    /// planner would take the primary key range on id and test the first key row by row.
    /// </summary>
    public override string SelectArms(string columns, IReadOnlyList<string> where, IReadOnlyList<SortKey> keys, IReadOnlyList<SeekArm> arms, string index, string limit)
    {
        var keyColumns = string.Join(", ", keys.Select((k, i) => $"{k.Sql} AS sort{i}"));
        var selects = arms.Select(arm =>
        {
            var from = arm.FreeFrom > 0 ? $"{Documents} INDEXED BY {index}" : Documents;
            var orderBy = string.Join(", ", keys.Skip(arm.FreeFrom).Select(k => OrderKey(k.Sql, k.Descending, k.Field.IsNullable)));
            return $"SELECT * FROM (SELECT {columns}, {keyColumns} FROM {from} WHERE {And(where.Append(arm.Condition))} ORDER BY {orderBy} LIMIT {limit})";
        });
        var order = string.Join(", ", keys.Select((k, i) => OrderKey($"sort{i}", k.Descending, k.Field.IsNullable)));
        return $"{string.Join(" UNION ALL ", selects)} ORDER BY {order} LIMIT {limit}";
    }

    private static string JsonPath(IReadOnlyList<string> segments) => "$." + string.Join('.', segments);
}

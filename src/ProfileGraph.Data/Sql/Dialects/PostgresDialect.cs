using System.Data.Common;
using System.Globalization;

namespace ProfileGraph.Data.Sql.Dialects;

/// <summary>
/// PostgreSQL: JSONB in <c>doc</c>; strings compared in the "C" collation so order matches SQLite byte order;
/// numbers as numeric; JSON datetimes as UTC ISO text; meta timestamps as timestamptz.
/// </summary>
internal sealed partial class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    public override string Name => "postgres";

    /// <summary>Positional: Npgsql sends such a statement's text as it is, where named ones are parsed and rewritten on every execution.</summary>
    public override SqlParameters Parameters() => new(positional: true);

    public override string LockClause => " FOR UPDATE";

    public override string MigrationLock => "SELECT pg_advisory_xact_lock(7270417)";

    // An indexed field reads its stored generated column (see PostgresLayout), which holds this same expression.
    public override string Field(FieldDefinition field) =>
        field.Column ?? (field.IsScalar ? PostgresLayout.ColumnOf(field) : null) ?? Typed(Text(field.Segments), field.Type);

    /// <summary>The expression a field's generated column stores: the typed scalar, or the list's JSON value.</summary>
    public string Generated(FieldDefinition field) =>
        field.IsList ? RawJson(field.Segments) : Typed(Text(field.Segments), field.Type);

    // The JSON value of a list field: its generated column when indexed, so containment can use the GIN index.
    private string ListJson(FieldDefinition field) => PostgresLayout.ColumnOf(field) ?? RawJson(field.Segments);

    /// <remarks>
    /// A declared number or boolean with a generated column is read from it as text, which is its JSON text too:
    /// jsonb prints its numbers as numeric does, and a boolean cast to text is <c>true</c> or <c>false</c>. Reading the
    /// narrow column skips a walk of the JSONB and its JSON output (on 100 profiles by id, about a twentieth of the
    /// database's work). The alias keeps the cast from taking the column's name, which an ORDER BY on the same
    /// field names too.
    /// </remarks>
    public override string ValueColumn(string[] path, FieldDefinition? field) =>
        field is { Type: FieldType.Int or FieldType.Float or FieldType.Bool } && PostgresLayout.ColumnOf(field) is { } column
            ? $"({column}::text) AS {column}_text"
            : base.ValueColumn(path, field);

    // A nested path is one #> walk: a chain of -> would copy every object on the way out of the document first.
    // Segments are identifiers (FieldPath), so they are safe inside the path literal.
    public override string RawJson(IReadOnlyList<string> segments) =>
        segments.Count == 1 ? $"(doc->'{segments[0]}')" : $"(doc #> '{{{string.Join(',', segments)}}}')";

    // Top-level objects are tested by key, without copying them out.
    public override string Stored(IReadOnlyList<string> segments) =>
        segments.Count == 1 ? $"(doc ? '{segments[0]}')" : base.Stored(segments);

    public override string ListItems(FieldDefinition field)
    {
        var raw = ListJson(field);
        return $"jsonb_array_elements(CASE WHEN jsonb_typeof({raw}) = 'array' THEN {raw} ELSE '[]'::jsonb END) AS item(value)";
    }

    public override string ItemValue(FieldType type) => Typed("(item.value #>> '{}')", type);

    // ->> yields NULL for a missing key and for a null or non-object item.
    public override string ItemField(FieldDefinition itemField) =>
        Typed("(item.value" + string.Concat(itemField.Segments.Select(s => $"->>'{s}'")) + ")", itemField.Type);

    public override string ListLength(FieldDefinition field)
    {
        var raw = ListJson(field);
        return $"(CASE WHEN jsonb_typeof({raw}) = 'array' THEN jsonb_array_length({raw}) END)";
    }

    public override string Contains(string value, string pattern) => $"strpos({value}, {pattern}) > 0";

    public override string StartsWith(string value, string prefix) => $"starts_with({value}, {prefix})";

    public override string EndsWith(string value, string suffix) => $"right({value}, length({suffix})) = {suffix}";

    protected override string InManyList(string value, FieldDefinition field, IReadOnlyList<object> items, SqlParameters parameters)
    {
        var array = items.Count == 0 ? null : items[0];
        var param = array switch
        {
            DateTimeOffset when field.IsMeta =>
                parameters.Add(items.Select(i => ((DateTimeOffset)i).UtcDateTime).ToArray(), SqlParamType.TimestampArray),
            DateTimeOffset => parameters.Add(items.Select(i => ValueCoercer.FormatDateTime((DateTimeOffset)i)).ToArray(), SqlParamType.TextArray),
            long or double => parameters.Add(items.Select(i => Convert.ToDecimal(i, CultureInfo.InvariantCulture)).ToArray(), SqlParamType.NumberArray),
            bool => parameters.Add(items.Cast<bool>().ToArray(), SqlParamType.BoolArray),
            _ => parameters.Add(items.Cast<string>().ToArray(), SqlParamType.TextArray),
        };
        return $"{value} = ANY({param})";
    }

    public override string Value(FieldDefinition field, FieldType type, object value, SqlParameters parameters) => value switch
    {
        DateTimeOffset d when field.IsMeta => parameters.Add(d.UtcDateTime, SqlParamType.Timestamp),
        DateTimeOffset d => parameters.Add(ValueCoercer.FormatDateTime(d), SqlParamType.Text),
        string s => parameters.Add(s, SqlParamType.Text),
        long l when field.IsMeta => parameters.Add(l, SqlParamType.Int64),
        long l => parameters.Add((decimal)l, SqlParamType.Number),
        double n => parameters.Add((decimal)n, SqlParamType.Number),
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
            FieldType.Bool => (bool)raw,
            FieldType.DateTime when raw is DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
            FieldType.DateTime => DateTimeOffset.Parse((string)raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            _ => (string)raw,
        };
    }

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        new(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));

    public override object TimestampValue(DateTimeOffset value) => value.UtcDateTime;

    // PostgreSQL sorts NULL highest by default; these keys make it lowest, as on SQLite.
    public override string OrderKey(string expression, bool descending, bool nullable) =>
        (descending ? $"{expression} DESC" : expression) + (nullable ? (descending ? " NULLS LAST" : " NULLS FIRST") : "");

    public override string? CreateIndex(FieldDefinition field) =>
        PostgresLayout.ColumnOf(field) is not { } column ? null
        : field.IsList ? $"CREATE INDEX IF NOT EXISTS {Documents}_{column} ON {Documents} USING gin ({column} jsonb_path_ops)"
        : $"CREATE INDEX IF NOT EXISTS {Documents}_{column} ON {Documents} (project, {column} NULLS FIRST, id)";

    public override string CreateCompoundIndex(CompoundIndex index) =>
        $"CREATE INDEX IF NOT EXISTS {index.Name} ON {Documents} (project, "
        + string.Join(", ", index.Keys.Select(k => Field(k) + (k.IsNullable ? " NULLS FIRST" : "")))
        + ", id)" + (index.Include.Count == 0 ? "" : $" INCLUDE ({string.Join(", ", index.Include.Select(Field))})");

    public override string ReadCompoundIndexes =>
        $"SELECT c.relname FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid WHERE x.indrelid = '{Documents}'::regclass AND c.relname LIKE 'documents\\_c\\_%'";

    /// <summary>For <c>some: {eq: v}</c> on a list: containment, which the GIN index serves.</summary>
    public string ListContains(FieldDefinition field, object value, SqlParameters parameters)
    {
        var item = value is DateTimeOffset d ? ValueCoercer.FormatDateTime(d) : value;
        var json = System.Text.Json.JsonSerializer.Serialize(new[] { item });
        return $"{ListJson(field)} @> {parameters.Add(json, SqlParamType.Json)}";
    }

    /// <summary>For <c>some: {field: {eq: v}}</c> on a list of objects: containment of <c>[{field: v}]</c>.</summary>
    public string ItemContains(FieldDefinition list, FieldDefinition itemField, object value, SqlParameters parameters)
    {
        var item = new System.Text.Json.Nodes.JsonObject
        {
            [itemField.Path] = value switch
            {
                DateTimeOffset d => ValueCoercer.FormatDateTime(d),
                string t => t,
                long l => l,
                double n => n,
                bool b => b,
                _ => throw new InvalidOperationException("Values are coerced before they are bound."),
            },
        };
        return $"{ListJson(list)} @> {parameters.Add(new System.Text.Json.Nodes.JsonArray(item).ToJsonString(), SqlParamType.Json)}";
    }

    private static string Text(IReadOnlyList<string> segments) =>
        segments.Count == 1 ? $"(doc->>'{segments[0]}')" : $"(doc #>> '{{{string.Join(',', segments)}}}')";

    private static string Typed(string text, FieldType type) => type switch
    {
        FieldType.Int or FieldType.Float => $"({text}::numeric)",
        FieldType.Bool => $"({text}::boolean)",
        _ => $"({text} COLLATE \"C\")",
    };
}

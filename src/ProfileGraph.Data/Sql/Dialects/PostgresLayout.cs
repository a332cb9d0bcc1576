using System.Runtime.CompilerServices;

namespace ProfileGraph.Data.Sql.Dialects;

/// <summary>
/// The physical layout of <c>documents</c> on PostgreSQL: one <c>GENERATED ALWAYS AS (...) STORED</c> column per
/// indexed field, indexed in place of an expression over <c>doc</c>. No index then reads <c>doc</c>, so an update
/// that leaves every indexed value alone can be HOT, and filters and counts read narrow columns, not the JSONB.
/// </summary>
internal static class PostgresLayout
{
    /// <summary>Prefix of the generated columns; every column with it belongs to the layout.</summary>
    public const string ColumnPrefix = "f_";

    /// <summary>
    /// Free space left in each page so an updated row can stay on its page (a HOT update). A profile row is about
    /// 1.4 KB; the 10% of fill factor 90 (819 bytes) cannot hold its new version, so the first update of a row on
    /// each page moved it and inserted into every index (83% HOT on the peer data), while 20% holds it (97–98%).
    /// </summary>
    public const string FillFactor = "80";

    /// <summary>Each field's column, derived once (the name hashes the path); kept as long as the field is.</summary>
    private static readonly ConditionalWeakTable<FieldDefinition, StrongBox<string?>> Columns = [];

    /// <summary>
    /// The generated column of an indexed field, or null when it has none. The name is derived from the path, the type
    /// and the list flag, so a changed declaration gets a new column (and the old one is dropped).
    /// </summary>
    public static string? ColumnOf(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Columns.GetValue(field, f => new StrongBox<string?>(DeriveColumn(f))).Value;
    }

    private static string? DeriveColumn(FieldDefinition field)
    {
        if (!field.IsIndexed || field.IsMeta || !(field.IsScalar || (field.IsList && !field.IsObjectList)))
        {
            return null;
        }

        return DerivedName.Create(ColumnPrefix, [field.Path], $"{field.Path}:{field.Type}{(field.IsList ? "[]" : "")}", 40);
    }

    /// <summary>The index on a generated column (named after it, so a dropped column takes its index along).</summary>
    public static string IndexOf(string column) => $"{SqlDialect.Documents}_{column}";

    /// <summary>The columns the layout owns today: name and whether an index named for it exists.</summary>
    public const string ReadColumns =
        "SELECT a.attname, to_regclass(quote_ident('documents_' || a.attname)) IS NOT NULL FROM pg_attribute a "
        + "WHERE a.attrelid = 'documents'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attname LIKE 'f\\_%'";

    /// <summary>Expression indexes of earlier versions (documents_f_*) that read <c>doc</c>; the layout drops them.</summary>
    public const string ReadExpressionIndexes =
        "SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
        + "WHERE x.indrelid = 'documents'::regclass AND i.relname LIKE 'documents\\_f\\_%' AND x.indexprs IS NOT NULL";

    /// <summary>True when the table already has the layout's fill factor.</summary>
    public const string ReadFillFactor =
        $"SELECT coalesce('fillfactor={FillFactor}' = ANY(reloptions), false) FROM pg_class WHERE oid = 'documents'::regclass";

    public const string SetFillFactor = $"ALTER TABLE documents SET (fillfactor = {FillFactor})";

    /// <summary>One ALTER TABLE (one table rewrite) adding the generated columns of <paramref name="fields"/>.</summary>
    public static string AddColumns(PostgresDialect dialect, IEnumerable<FieldDefinition> fields) =>
        "ALTER TABLE documents " + string.Join(", ", fields.Select(f =>
            $"ADD COLUMN {ColumnOf(f)} {SqlType(f)} GENERATED ALWAYS AS ({dialect.Generated(f)}) STORED"));

    public static string DropColumn(string column) => $"ALTER TABLE documents DROP COLUMN IF EXISTS {DerivedName.Quote(column)}";

    // ---- first loads: COPY into an empty table, then build the secondary indexes once --------------------------------

    public const string IsEmpty = "SELECT NOT EXISTS (SELECT 1 FROM documents)";

    public const string Lock = "LOCK TABLE documents IN ACCESS EXCLUSIVE MODE";

    /// <summary>Emptying an empty table in the loading transaction lets COPY write the rows frozen (no later hint-bit or freeze pass).</summary>
    public const string Truncate = "TRUNCATE documents";

    /// <summary>
    /// Each index of <c>documents</c>: name, definition, and the name and definition of the constraint it backs (the
    /// primary key), or nulls. An index a foreign key refers to is left out, so it stays in place during a load.
    /// </summary>
    public const string ReadIndexes =
        "SELECT c.relname, pg_get_indexdef(x.indexrelid), k.conname, pg_get_constraintdef(k.oid) "
        + "FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid "
        + "LEFT JOIN pg_constraint k ON k.conindid = x.indexrelid AND k.conrelid = x.indrelid AND k.contype IN ('p', 'u', 'x') "
        + "WHERE x.indrelid = 'documents'::regclass "
        + "AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = x.indexrelid) "
        + "ORDER BY x.indisunique DESC, c.relname";

    public static string DropConstraint(string name) => $"ALTER TABLE documents DROP CONSTRAINT {DerivedName.Quote(name)}";

    /// <summary>Re-creates a constraint from its name and the definition <see cref="ReadIndexes"/> read.</summary>
    public static string AddConstraint(string name, string definition) => $"ALTER TABLE documents ADD CONSTRAINT {DerivedName.Quote(name)} {definition}";

    /// <summary>
    /// Settings of the index builds at the end of a first load (transaction-scoped). Every key of <c>documents</c> leads
    /// with the project, the same in every row of a load, so the sort cannot compare short prefixes and reads each
    /// tuple for each comparison: one sort over all the rows in a large memory then misses the CPU cache on almost
    /// every comparison (4-5 CPU-s for a low-cardinality field over 1M rows). Two helper processes and the leader each
    /// sort a third in about 40MB (the server needs 32MB for each to build in parallel), which costs less CPU than one
    /// large sort and finishes sooner than a serial build sorting in small runs, the cheapest in CPU. The server still
    /// caps the helpers by its own worker limits.
    /// </summary>
    public static readonly string[] BuildSettings =
    [
        "SET LOCAL maintenance_work_mem = '128MB'",
        "SET LOCAL max_parallel_maintenance_workers = 2",
    ];

    public const string Analyze = "ANALYZE documents";

    /// <summary>COPY for a first load, after <see cref="Truncate"/> in the same transaction.</summary>
    public const string CopyFrozen = "COPY documents (project, id, version, created_at, updated_at, props_bytes, doc) FROM STDIN (FORMAT BINARY, FREEZE)";

    private static string SqlType(FieldDefinition field) => field.IsList ? "jsonb" : field.Type switch
    {
        FieldType.Int or FieldType.Float => "numeric",
        FieldType.Bool => "boolean",
        _ => "text COLLATE \"C\"",
    };
}

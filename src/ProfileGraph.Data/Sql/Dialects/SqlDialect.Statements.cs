namespace ProfileGraph.Data.Sql.Dialects;

/// <summary>Whole statements. Each one on documents starts from <see cref="Scope"/>, so none is unscoped.</summary>
internal abstract partial class SqlDialect
{
    public const string DocumentColumns = "id, version, created_at, updated_at";

    /// <summary>Appended to a SELECT that must lock its rows until commit ("" where the engine locks otherwise).</summary>
    public abstract string LockClause { get; }

    /// <summary>One ORDER BY key; <paramref name="nullable"/> keys sort null lowest.</summary>
    public abstract string OrderKey(string expression, bool descending, bool nullable);

    /// <summary>DDL for a schema field's index, or null when this engine keeps none for it.</summary>
    public abstract string? CreateIndex(FieldDefinition field);

    /// <summary>DDL for a compound index: the project, the keys, the id, then the included fields where the engine has no INCLUDE.</summary>
    public abstract string CreateCompoundIndex(CompoundIndex index);

    /// <summary>The names of the compound indexes that exist (to drop those the schema no longer declares).</summary>
    public abstract string ReadCompoundIndexes { get; }

    public static string DropIndex(string name) => $"DROP INDEX IF EXISTS {DerivedName.Quote(name)}";

    public string Scope(ProjectScope scope, SqlParameters parameters) =>
        $"project = {parameters.Add(scope.Project, SqlParamType.Text)}";

    public string Select(string columns, string where, string? orderBy = null, string? limit = null, string? offset = null, bool forUpdate = false) =>
        $"SELECT {columns} FROM {Documents} WHERE {where}"
        + (orderBy is null ? "" : $" ORDER BY {orderBy}")
        + (limit is null ? "" : $" LIMIT {limit}")
        + (offset is null ? "" : $" OFFSET {offset}")
        + (forUpdate ? LockClause : "");

    public string Count(string where) => $"SELECT COUNT(*) FROM {Documents} WHERE {where}";

    /// <summary>The COPY command for bulk loads, columns in the order the loader writes them.</summary>
    public string CopyDocuments => $"COPY {Documents} (project, id, version, created_at, updated_at, props_bytes, doc) FROM STDIN (FORMAT BINARY)";

    public SqlStatement SelectForWrite(ProjectScope scope, string id)
    {
        var ps = Parameters();
        var where = $"{Scope(scope, ps)} AND id = {ps.Add(id, SqlParamType.Text)}";
        return new(Select(DocumentColumns + ", props_bytes, doc", where, forUpdate: true), ps.Items);
    }

    public SqlStatement Insert(ProjectScope scope, string id, long version, DateTimeOffset created, DateTimeOffset updated, long bytes, string json)
    {
        var ps = Parameters();
        var values = string.Join(", ",
            ps.Add(scope.Project, SqlParamType.Text), ps.Add(id, SqlParamType.Text), ps.Add(version, SqlParamType.Int64),
            ps.Add(TimestampValue(created), SqlParamType.Timestamp), ps.Add(TimestampValue(updated), SqlParamType.Timestamp),
            ps.Add(bytes, SqlParamType.Int64), ps.Add(json, SqlParamType.Json));
        return new($"INSERT INTO {Documents} (project, id, version, created_at, updated_at, props_bytes, doc) VALUES ({values})", ps.Items);
    }

    public SqlStatement Update(ProjectScope scope, string id, long version, DateTimeOffset updated, long bytes, string json)
    {
        var ps = Parameters();
        var set = $"version = {ps.Add(version, SqlParamType.Int64)}, updated_at = {ps.Add(TimestampValue(updated), SqlParamType.Timestamp)}, "
            + $"props_bytes = {ps.Add(bytes, SqlParamType.Int64)}, doc = {ps.Add(json, SqlParamType.Json)}";
        return new($"UPDATE {Documents} SET {set} WHERE {Scope(scope, ps)} AND id = {ps.Add(id, SqlParamType.Text)}", ps.Items);
    }

    public SqlStatement Delete(ProjectScope scope, string id)
    {
        var ps = Parameters();
        return new($"DELETE FROM {Documents} WHERE {Scope(scope, ps)} AND id = {ps.Add(id, SqlParamType.Text)}", ps.Items);
    }

    /// <summary>The identity index entries of one profile (deleted with it, in the same transaction).</summary>
    public SqlStatement DeleteIdentities(ProjectScope scope, string id)
    {
        var ps = Parameters();
        return new($"DELETE FROM identities WHERE {Scope(scope, ps)} AND profile_id = {ps.Add(id, SqlParamType.Text)}", ps.Items);
    }

    public const string CapacityShards = "capacity_shards";

    /// <summary>Adds <paramref name="delta"/> to one capacity shard of the project (the shard only spreads lock contention).</summary>
    public SqlStatement AddCapacity(ProjectScope scope, long delta, int shard = 0)
    {
        var ps = Parameters();
        return new(AddCapacity(ps.Add(scope.Project, SqlParamType.Text), ps.Add((long)shard, SqlParamType.Int64), ps.Add(delta, SqlParamType.Int64)), ps.Items);
    }

    /// <summary>The capacity upsert over placeholders or expressions: <paramref name="delta"/> may read a source named in <paramref name="from"/>.</summary>
    public static string AddCapacity(string project, string shard, string delta, string? from = null) =>
        $"INSERT INTO {CapacityShards} (project, shard, property_bytes) "
        + (from is null ? $"VALUES ({project}, {shard}, {delta})" : $"SELECT {project}, {shard}, {delta} FROM {from}")
        + $" ON CONFLICT (project, shard) DO UPDATE SET property_bytes = {CapacityShards}.property_bytes + excluded.property_bytes";

    /// <summary>The project's capacity: the sum of its shards (at most <see cref="Storage.CapacityShard.Count"/> key-range rows).</summary>
    public SqlStatement ReadCapacity(ProjectScope scope)
    {
        var ps = Parameters();
        return new($"SELECT COALESCE(SUM(property_bytes), 0) FROM {CapacityShards} WHERE {Scope(scope, ps)}", ps.Items);
    }

    public SqlStatement BindIdentity(ProjectScope scope, IdentityKey identity, string profileId)
    {
        var ps = Parameters();
        var values = string.Join(", ", ps.Add(scope.Project, SqlParamType.Text), ps.Add(identity.Kind, SqlParamType.Text),
            ps.Add(identity.Value, SqlParamType.Text), ps.Add(profileId, SqlParamType.Text));
        return new($"INSERT INTO identities (project, kind, value, profile_id) VALUES ({values}) ON CONFLICT (project, kind, value) DO NOTHING", ps.Items);
    }

    public SqlStatement LookupIdentity(ProjectScope scope, IdentityKey identity)
    {
        var ps = Parameters();
        var where = $"{Scope(scope, ps)} AND kind = {ps.Add(identity.Kind, SqlParamType.Text)} AND value = {ps.Add(identity.Value, SqlParamType.Text)}";
        return new($"SELECT profile_id FROM identities WHERE {where}", ps.Items);
    }

    public SqlStatement UnbindIdentity(ProjectScope scope, IdentityKey identity, string? profileId)
    {
        var ps = Parameters();
        var where = $"{Scope(scope, ps)} AND kind = {ps.Add(identity.Kind, SqlParamType.Text)} AND value = {ps.Add(identity.Value, SqlParamType.Text)}";
        if (profileId is not null)
        {
            where += $" AND profile_id = {ps.Add(profileId, SqlParamType.Text)}";
        }

        return new($"DELETE FROM identities WHERE {where}", ps.Items);
    }

    public SqlStatement ListIdentities(ProjectScope scope, string profileId)
    {
        var ps = Parameters();
        var where = $"{Scope(scope, ps)} AND profile_id = {ps.Add(profileId, SqlParamType.Text)}";
        return new($"SELECT kind, value FROM identities WHERE {where} ORDER BY kind, value", ps.Items);
    }

    public virtual string CreateMigrationsTable =>
        "CREATE TABLE IF NOT EXISTS store_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    public string AppliedMigrations => "SELECT version FROM store_migrations";

    public SqlStatement RecordMigration(int version, string name)
    {
        var ps = Parameters();
        var values = string.Join(", ", ps.Add((long)version, SqlParamType.Int64), ps.Add(name, SqlParamType.Text),
            ps.Add(ValueCoercer.FormatDateTime(DateTimeOffset.UtcNow), SqlParamType.Text));
        return new($"INSERT INTO store_migrations (version, name, applied_at) VALUES ({values})", ps.Items);
    }

    /// <summary>Serializes concurrent start-ups inside the migration transaction ("" where the transaction already does).</summary>
    public abstract string MigrationLock { get; }

    protected static string IndexName(FieldDefinition field) => DerivedName.Create("documents_f_", [field.Path], field.Path, 40);
}

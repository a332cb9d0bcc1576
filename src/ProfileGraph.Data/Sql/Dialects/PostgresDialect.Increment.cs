namespace ProfileGraph.Data.Sql.Dialects;

/// <summary>The atomic increment on JSONB: jsonb_set, and the capacity in the same statement through a data-modifying CTE.</summary>
internal sealed partial class PostgresDialect
{
    public override bool IncrementKeepsCapacity => true;

    protected override string JsonNumber(IReadOnlyList<string> segments)
    {
        var raw = RawJson(segments);
        return $"(CASE jsonb_typeof({raw}) WHEN 'number' THEN {raw}::numeric END)";
    }

    // JSONB keeps numbers as numeric, whose text is canonical; a scale of 0 means no fraction digits (5, not 5.0).
    protected override string IsCanonicalInteger(IReadOnlyList<string> segments, string number) => $"scale({number}) = 0";

    protected override string SetIntegers(IReadOnlyList<(IReadOnlyList<string> Segments, string Value)> values) =>
        values.Aggregate("doc", (doc, v) => $"jsonb_set({doc}, '{{{string.Join(',', v.Segments)}}}', to_jsonb({v.Value}))");

    protected override string KeepCapacity(string update, string project, string shard) =>
        $"WITH changed AS ({update}), capacity AS ({AddCapacity(project, shard, "delta", "changed WHERE delta <> 0")}) SELECT * FROM changed";

    public override bool BatchesIncrements => true;

    // The rows are joined, and so locked, in the arrays' order.
    protected override string BatchSource(string ids, string shards) =>
        $"unnest({ids}::text[], {shards}::bigint[]) AS batch(batch_id, batch_shard)";

    // One capacity row per shard: ON CONFLICT cannot change one row twice in a statement.
    protected override string KeepBatchCapacity(string update, string project) =>
        $"WITH changed AS ({update}), capacity AS ({AddCapacity(project, "batch_shard", "sum(delta)", "changed GROUP BY batch_shard HAVING sum(delta) <> 0")}) SELECT * FROM changed";
}

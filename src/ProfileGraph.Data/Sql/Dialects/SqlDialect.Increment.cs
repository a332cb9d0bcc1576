namespace ProfileGraph.Data.Sql.Dialects;

/// <summary>
/// One target of an increment statement: the checked path, the amount, the range its current value must be in,
/// and whether it lies inside the custom properties (so its text length counts toward their size).
/// </summary>
internal sealed record IncrementTerm(IReadOnlyList<string> Segments, long Amount, long Low, long High, bool Counted);

/// <summary>
/// The atomic increment: one UPDATE … RETURNING that changes integral numbers in place, with every condition
/// under which that is exactly what the general write would do in its WHERE clause.
/// </summary>
internal abstract partial class SqlDialect
{
    /// <summary>Whether <see cref="Increment"/> also adds the size change to the capacity (else the caller does, in its transaction).</summary>
    public virtual bool IncrementKeepsCapacity => false;

    /// <summary>The number at a path as an SQL integer/numeric when it is a JSON number; NULL otherwise.</summary>
    protected abstract string JsonNumber(IReadOnlyList<string> segments);

    /// <summary>True when <paramref name="number"/> (a <see cref="JsonNumber"/>) is an integer stored in its canonical decimal text.</summary>
    protected abstract string IsCanonicalInteger(IReadOnlyList<string> segments, string number);

    /// <summary>The body with each path set to an integer expression.</summary>
    protected abstract string SetIntegers(IReadOnlyList<(IReadOnlyList<string> Segments, string Value)> values);

    /// <summary>
    /// Wraps the UPDATE … RETURNING (whose last column is <c>delta</c>) so it also keeps the capacity, where the engine
    /// can (<see cref="IncrementKeepsCapacity"/>); <paramref name="shard"/> is the placeholder of the capacity shard.
    /// </summary>
    protected virtual string KeepCapacity(string update, string project, string shard) => update;

    /// <summary>Whether <see cref="IncrementBatch"/> is available: one statement for the same increment of many documents.</summary>
    public virtual bool BatchesIncrements => false;

    /// <summary>
    /// The source of a batch's ids and capacity shards (columns <c>batch_id</c>, <c>batch_shard</c>) over two array placeholders.
    /// </summary>
    protected virtual string BatchSource(string ids, string shards) => throw new NotSupportedException($"The {Name} dialect does not batch increments.");

    /// <summary>Like <see cref="KeepCapacity"/> for a batch: the size changes summed per shard.</summary>
    protected virtual string KeepBatchCapacity(string update, string project) => throw new NotSupportedException($"The {Name} dialect does not batch increments.");

    /// <summary>Statement texts by increment shape; every value is a parameter, so the text depends on the shape alone.</summary>
    private readonly BoundedCache<(Projection Projection, string Shape), string> _incrementTexts = new(512);

    /// <summary>
    /// The increment of <paramref name="terms"/> on one document. Returns the document columns, the body
    /// columns of <paramref name="projection"/> and, last, the change of <c>props_bytes</c>.
    /// </summary>
    public SqlStatement Increment(ProjectScope scope, string id, int shard, IReadOnlyList<IncrementTerm> terms, IncrementLimits limits,
        IReadOnlyList<string>? sizeField, long? expectedVersion, DateTimeOffset now, Projection projection)
    {
        // The values, always in this order; the text below only places their placeholders.
        var ps = Parameters();
        var placeholders = AddIncrementPlaceholders(ps, scope, id, SqlParamType.Text, terms, limits, now);
        var version = expectedVersion is { } expected ? ps.Add(expected, SqlParamType.Int64) : null;
        var shardParam = IncrementKeepsCapacity ? ps.Add((long)shard, SqlParamType.Int64) : null;

        var shape = IncrementShape(terms, sizeField, placeholders) + "|" + (version is null ? "" : "version");
        var text = _incrementTexts.GetOrAdd((projection, shape),
            _ => IncrementText(terms, sizeField, projection, placeholders, version, shardParam));
        return new(text, ps.Items);
    }

    /// <summary>
    /// The increment of <paramref name="terms"/> on each of <paramref name="ids"/> (distinct, in ascending order, so
    /// concurrent batches lock rows in one order) in one statement, keeping the capacity of each id's shard. A document
    /// returns the columns of <see cref="Increment"/> (delta last) when the increment applied to it; a document it did not
    /// apply to (absent, not an integer there, out of range, over the size limit) returns no row.
    /// </summary>
    public SqlStatement IncrementBatch(ProjectScope scope, IReadOnlyList<string> ids, IReadOnlyList<long> shards, IReadOnlyList<IncrementTerm> terms,
        IncrementLimits limits, IReadOnlyList<string>? sizeField, DateTimeOffset now, Projection projection)
    {
        var ps = Parameters();
        var placeholders = AddIncrementPlaceholders(ps, scope, ids.ToArray(), SqlParamType.TextArray, terms, limits, now);
        var shardArray = ps.Add(shards.ToArray(), SqlParamType.Int64Array);

        var shape = "batch|" + IncrementShape(terms, sizeField, placeholders);
        var text = _incrementTexts.GetOrAdd((projection, shape),
            _ => IncrementText(terms, sizeField, projection, placeholders with { Id = "batch_id" }, null, null, BatchSource(placeholders.Id, shardArray)));
        return new(text, ps.Items);
    }

    /// <summary>The placeholders every increment statement has, in the order they are bound.</summary>
    private sealed record IncrementPlaceholders(string Project, string Id, string Stamp, List<string> Amounts, List<(string Low, string High)> Ranges, string? MaxBytes);

    private IncrementPlaceholders AddIncrementPlaceholders(SqlParameters ps, ProjectScope scope, object id, SqlParamType idType, IReadOnlyList<IncrementTerm> terms,
        IncrementLimits limits, DateTimeOffset now) =>
        new(
            ps.Add(scope.Project, SqlParamType.Text),
            ps.Add(id, idType),
            ps.Add(TimestampValue(now), SqlParamType.Timestamp),
            terms.Select(t => ps.Add(t.Amount, SqlParamType.Int64)).ToList(),
            terms.Select(t => (Low: ps.Add(t.Low, SqlParamType.Int64), High: ps.Add(t.High, SqlParamType.Int64))).ToList(),
            limits.MaxPropertyBytes < long.MaxValue ? ps.Add(limits.MaxPropertyBytes, SqlParamType.Int64) : null);

    /// <summary>What an increment's text depends on besides the projection: the targets, the size field, whether a size limit applies.</summary>
    private static string IncrementShape(IReadOnlyList<IncrementTerm> terms, IReadOnlyList<string>? sizeField, IncrementPlaceholders placeholders) =>
        string.Join(";", terms.Select(t => (t.Counted ? "+" : "-") + string.Join(".", t.Segments)))
        + "|" + (sizeField is null ? "" : string.Join(".", sizeField)) + "|" + (placeholders.MaxBytes is null ? "" : "max");

    private string IncrementText(IReadOnlyList<IncrementTerm> terms, IReadOnlyList<string>? sizeField, Projection projection, IncrementPlaceholders placeholders,
        string? version, string? shard, string? batch = null)
    {
        var (project, id, stamp, amounts, ranges, maxBytes) = placeholders;
        var numbers = terms.Select(t => JsonNumber(t.Segments)).ToList();

        // The size change is the change of the numbers' decimal text: from the old values in SET and WHERE, from the new ones in RETURNING.
        var counted = terms.Select((t, i) => (t, i)).Where(x => x.t.Counted).Select(x => x.i).ToList();
        var before = Sum(counted.Select(i => $"{Length($"{numbers[i]} + {amounts[i]}")} - {Length(numbers[i])}"));
        var after = Sum(counted.Select(i => $"{Length(numbers[i])} - {Length($"{numbers[i]} - {amounts[i]}")}"));
        var newSize = $"props_bytes + {before}";

        var values = terms.Select((t, i) => (t.Segments, $"{numbers[i]} + {amounts[i]}")).ToList();
        var conditions = new List<string> { $"project = {project}", $"id = {id}" };
        for (var i = 0; i < terms.Count; i++)
        {
            conditions.Add($"{numbers[i]} BETWEEN {ranges[i].Low} AND {ranges[i].High}");
            conditions.Add(IsCanonicalInteger(terms[i].Segments, numbers[i]));
        }

        if (sizeField is not null)
        {
            conditions.Add($"{JsonNumber(sizeField)} = props_bytes");
            values.Add((sizeField, newSize));
        }

        if (maxBytes is not null)
        {
            conditions.Add($"{newSize} <= {maxBytes}");
        }

        if (version is not null)
        {
            conditions.Add($"version = {version}");
        }

        var set = $"version = version + 1, updated_at = {stamp}, props_bytes = {newSize}, doc = {SetIntegers(values)}";
        if (batch is not null)
        {
            return KeepBatchCapacity(
                $"UPDATE {Documents} SET {set} FROM {batch} WHERE {string.Join(" AND ", conditions)} "
                + $"RETURNING {DocumentColumns}, {projection.Columns(this)}, batch_shard, {after} AS delta",
                project);
        }

        var update = $"UPDATE {Documents} SET {set} WHERE {string.Join(" AND ", conditions)} "
            + $"RETURNING {DocumentColumns}, {projection.Columns(this)}, {after} AS delta";
        return shard is null ? update : KeepCapacity(update, project, shard);
    }

    private static string Length(string integer) => $"length(CAST({integer} AS TEXT))";

    private static string Sum(IEnumerable<string> parts) => "(" + string.Join(" + ", parts.Select(p => $"({p})").DefaultIfEmpty("0")) + ")";
}

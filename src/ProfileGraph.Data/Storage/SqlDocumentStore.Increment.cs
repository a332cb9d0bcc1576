using System.Data.Common;
using ProfileGraph.Data.Sql;
using ProfileGraph.Data.Sql.Dialects;

namespace ProfileGraph.Data.Storage;

internal abstract partial class SqlDocumentStore
{
    public async Task<StoredDocument?> TryIncrementAsync(string project, string id, IReadOnlyList<IncrementTarget> targets, IncrementLimits limits, long? expectedVersion = null, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default)
    {
        var scope = ProjectScope.Create(project);
        ProjectScope.CheckId(id);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(limits);
        if (targets.Count == 0 || targets.DistinctBy(t => t.Path, StringComparer.Ordinal).Count() != targets.Count)
        {
            throw new ArgumentException("An increment takes one or more distinct paths.", nameof(targets));
        }

        var terms = new List<IncrementTerm>();
        foreach (var target in targets)
        {
            // The current value must leave the result within [Min, Max]; when no value can, the increment never applies.
            var low = Clamp((Int128)target.Min - target.Amount);
            var high = Clamp((Int128)target.Max - target.Amount);
            if (low > high)
            {
                return null;
            }

            var counted = target.Path.StartsWith(Schema.CustomPropertiesPath + ".", StringComparison.Ordinal);
            terms.Add(new IncrementTerm(WritablePath(target.Path), target.Amount, low, high, counted));
        }

        var sizeField = limits.SizeField is null ? null : WritablePath(limits.SizeField);
        var projection = Projection.Create(Schema, select);
        var shard = CapacityShard.Of(id);
        if (Dialect.BatchesIncrements && expectedVersion is null)
        {
            // Concurrent increments of this shape share one statement and one commit (IncrementBatches). A lane's
            // batches run with the terms, limits and projection of the increment that started it, so the shape
            // names every one of them.
            var batchShape = string.Join("\n", scope.Project, projection.Columns(Dialect), sizeField is null ? "" : string.Join(".", sizeField), limits.MaxPropertyBytes,
                string.Join(";", terms.Select(t => $"{string.Join(".", t.Segments)}:{t.Counted}:{t.Amount}:{t.Low}:{t.High}")));
            return await _incrementBatches.RunAsync(
                batchShape,
                id,
                shard,
                batch => RunIncrementBatchAsync(scope, batch, terms, limits, sizeField, projection),
                (one, oneShard) => RunIncrementAloneAsync(scope, one, oneShard, terms, limits, sizeField, null, projection, CancellationToken.None)).ConfigureAwait(false);
        }

        if (Dialect.IncrementKeepsCapacity)
        {
            return await RunIncrementAloneAsync(scope, id, shard, terms, limits, sizeField, expectedVersion, projection, cancellationToken).ConfigureAwait(false);
        }

        var statement = Dialect.Increment(scope, id, shard, terms, limits, sizeField, expectedVersion, ValueCoercer.Truncate(DateTimeOffset.UtcNow), projection);

        return await WriteAsync(async (connection, transaction) =>
        {
            var (document, delta) = await RunIncrementAsync(connection, transaction, statement, projection, cancellationToken).ConfigureAwait(false);
            if (delta != 0)
            {
                await ExecuteAsync(connection, transaction, Dialect.AddCapacity(scope, delta, shard), cancellationToken).ConfigureAwait(false);
            }

            return (document, document is not null);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One autocommit statement, in which the engine keeps the capacity.</summary>
    private async Task<StoredDocument?> RunIncrementAloneAsync(ProjectScope scope, string id, int shard, List<IncrementTerm> terms, IncrementLimits limits,
        string[]? sizeField, long? expectedVersion, Projection projection, CancellationToken cancellationToken)
    {
        var statement = Dialect.Increment(scope, id, shard, terms, limits, sizeField, expectedVersion, ValueCoercer.Truncate(DateTimeOffset.UtcNow), projection);
        return (await AutocommitAsync(connection => RunIncrementAsync(connection, null, statement, projection, cancellationToken), cancellationToken).ConfigureAwait(false)).Document;
    }

    /// <summary>
    /// One batch of <see cref="IncrementBatches"/>: a statement of its own, not cancelled by any one caller, whose rows
    /// are the documents it changed.
    /// </summary>
    private async Task<Dictionary<string, StoredDocument>> RunIncrementBatchAsync(ProjectScope scope, IReadOnlyList<(string Id, int Shard)> batch,
        List<IncrementTerm> terms, IncrementLimits limits, string[]? sizeField, Projection projection)
    {
        var statement = Dialect.IncrementBatch(scope, batch.Select(b => b.Id).ToList(), batch.Select(b => (long)b.Shard).ToList(), terms, limits, sizeField,
            ValueCoercer.Truncate(DateTimeOffset.UtcNow), projection);
        return await AutocommitAsync(connection => ReadByIdAsync(connection, statement, projection, batch.Count, CancellationToken.None), CancellationToken.None)
            .ConfigureAwait(false);
    }

    private async Task<(StoredDocument? Document, long Delta)> RunIncrementAsync(DbConnection connection, DbTransaction? transaction, SqlStatement statement, Projection projection, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, statement);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return (null, 0);
        }

        var delta = Convert.ToInt64(reader.GetValue(reader.FieldCount - 1), System.Globalization.CultureInfo.InvariantCulture);
        return (ReadDocument(reader, projection), delta);
    }

    /// <summary>The segments of a body path the caller may write: declared and not store-maintained, or inside an open object.</summary>
    private string[] WritablePath(string path)
    {
        if (Schema.TryGet(path, out var field))
        {
            return field.IsMeta ? throw QueryErrors.ReadOnlyPath(path) : field.Segments;
        }

        return Schema.OpenParentOf(path) is not null ? FieldPath.Split(path) : throw QueryErrors.UnknownPath(path);
    }

    private static long Clamp(Int128 value) => (long)Int128.Clamp(value, long.MinValue, long.MaxValue);
}

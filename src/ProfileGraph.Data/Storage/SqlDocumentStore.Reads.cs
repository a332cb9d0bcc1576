using System.Data.Common;
using ProfileGraph.Data.Sql;

namespace ProfileGraph.Data.Storage;

internal abstract partial class SqlDocumentStore
{
    public const int MaxIdsPerRead = 1000;

    public async Task<IReadOnlyList<StoredDocument?>> GetByIdsAsync(string project, IReadOnlyList<string> ids, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default)
    {
        var scope = ProjectScope.Create(project);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count > MaxIdsPerRead)
        {
            throw QueryErrors.InvalidPaging($"At most {MaxIdsPerRead} ids can be read at once, not {ids.Count}.");
        }

        foreach (var id in ids)
        {
            ProjectScope.CheckId(id);
        }

        var projection = Projection.Create(Schema, select);
        if (ids.Count == 0)
        {
            return [];
        }

        var ps = Dialect.Parameters();
        var idField = Schema.Get("id");
        var where = Dialect.And([Dialect.Scope(scope, ps), Dialect.InList(Dialect.Field(idField), idField, DistinctIds(ids), ps)]);
        var statement = new SqlStatement(Dialect.Select(SqlDialectColumns(projection), where), ps.Items);
        var found = await ReadAsync(connection => ReadByIdAsync(connection, statement, projection, ids.Count, cancellationToken), cancellationToken).ConfigureAwait(false);
        return ids.Select(id => found.GetValueOrDefault(id)).ToList();
    }

    /// <summary>The documents a statement returns, by id.</summary>
    private async Task<Dictionary<string, StoredDocument>> ReadByIdAsync(DbConnection connection, SqlStatement statement, Projection projection, int capacity,
        CancellationToken cancellationToken)
    {
        var byId = new Dictionary<string, StoredDocument>(capacity, StringComparer.Ordinal);
        await using var command = Command(connection, null, statement);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var document = ReadDocument(reader, projection);
            byId[document.Id] = document;
        }

        return byId;
    }

    /// <summary>Each id once, in the order given; sized for the request up front, as a read of 100 ids is common.</summary>
    private static List<object> DistinctIds(IReadOnlyList<string> ids)
    {
        var distinct = new List<object>(ids.Count);
        var seen = new HashSet<string>(ids.Count, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (seen.Add(id))
            {
                distinct.Add(id);
            }
        }

        return distinct;
    }

    /// <remarks>
    /// The count, when asked for, runs on a second connection at the same time as the page: the two are
    /// independent statements, and the request waits for the slower one instead of for both in turn.
    /// </remarks>
    public async Task<DocumentPage> QueryAsync(string project, QueryModel query, CancellationToken cancellationToken = default)
    {
        var scope = ProjectScope.Create(project);
        ArgumentNullException.ThrowIfNull(query);
        var plan = PageQueryWriter.Write(Dialect, Schema, _cursors, scope, query);
        var count = plan.Count is null ? Task.FromResult<long?>(null) : CountRowsAsync(plan.Count, cancellationToken);
        var rows = ReadAsync(connection => ReadPageAsync(connection, plan, cancellationToken), cancellationToken);
        await Task.WhenAll(count, rows).ConfigureAwait(false);

        var (items, sortValues) = await rows.ConfigureAwait(false);
        var more = items.Count > plan.Take;
        if (more)
        {
            items.RemoveAt(items.Count - 1);
            sortValues.RemoveAt(sortValues.Count - 1);
        }

        if (plan.Backward)
        {
            items.Reverse();
            sortValues.Reverse();
        }

        var cursors = new CursorList(_cursors, scope, plan.Keys, sortValues);
        var hasNext = plan.Backward ? true : more;
        var hasPrevious = plan.Backward ? more : plan.HasCursor || query.Skip > 0;
        return new DocumentPage(items, cursors, hasNext, hasPrevious, await count.ConfigureAwait(false));
    }

    private async Task<(List<StoredDocument> Items, List<object?[]> SortValues)> ReadPageAsync(DbConnection connection, PageQuery plan, CancellationToken cancellationToken)
    {
        var items = new List<StoredDocument>(plan.Take + 1);
        var sortValues = new List<object?[]>(plan.Take + 1);
        await using var command = Command(connection, null, plan.Statement);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var first = 4 + plan.Projection.ColumnCount;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(ReadDocument(reader, plan.Projection));
            var values = new object?[plan.Keys.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Dialect.ReadSortValue(reader, first + i, plan.Keys[i].Field);
            }

            sortValues.Add(values);
        }

        return (items, sortValues);
    }

    private async Task<long?> CountRowsAsync(SqlStatement statement, CancellationToken cancellationToken) =>
        await ReadAsync(
            async connection => Convert.ToInt64(await ScalarAsync(connection, null, statement, cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture),
            cancellationToken).ConfigureAwait(false);

    public async Task<long> CountAsync(string project, Filter? where = null, CancellationToken cancellationToken = default)
    {
        var statement = PageQueryWriter.Count(Dialect, Schema, ProjectScope.Create(project), where);
        return await ReadAsync(
            async connection => Convert.ToInt64(await ScalarAsync(connection, null, statement, cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> GetPropertyBytesAsync(string project, CancellationToken cancellationToken = default)
    {
        var statement = Dialect.ReadCapacity(ProjectScope.Create(project));
        return await ReadAsync(
            async connection => Convert.ToInt64(await ScalarAsync(connection, null, statement, cancellationToken).ConfigureAwait(false) ?? 0L, System.Globalization.CultureInfo.InvariantCulture),
            cancellationToken).ConfigureAwait(false);
    }

    private string SqlDialectColumns(Projection projection) =>
        Sql.Dialects.SqlDialect.DocumentColumns + ", " + projection.Columns(Dialect);
}

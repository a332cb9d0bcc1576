namespace ProfileGraph.Data.Sql;

/// <summary>A planned page read: the statement plus what is needed to turn its rows into a page.</summary>
internal sealed record PageQuery(
    SqlStatement Statement,
    SqlStatement? Count,
    IReadOnlyList<SortKey> Keys,
    Projection Projection,
    int Take,
    bool Backward,
    bool HasCursor);

/// <summary>Plans a <see cref="QueryModel"/>: validates everything and writes SQL, executing nothing.</summary>
internal static class PageQueryWriter
{
    public static PageQuery Write(Dialects.SqlDialect dialect, DocumentSchema schema, CursorCodec cursors, ProjectScope scope, QueryModel model)
    {
        if (model.Take < 0 || model.Take > QueryModel.MaxTake)
        {
            throw QueryErrors.InvalidPaging($"Take must be between 0 and {QueryModel.MaxTake}, not {model.Take}.");
        }

        if (model.Skip < 0)
        {
            throw QueryErrors.InvalidPaging($"Skip must not be negative, not {model.Skip}.");
        }

        if (model.After is not null && model.Before is not null)
        {
            throw QueryErrors.InvalidPaging("After and Before cannot be combined.");
        }

        var cursor = model.After ?? model.Before;
        if (cursor is not null && model.Skip > 0)
        {
            throw QueryErrors.InvalidPaging("Skip cannot be combined with a cursor.");
        }

        var ps = dialect.Parameters();
        var context = new FilterContext(dialect, schema, ps);
        var scopeSql = dialect.Scope(scope, ps);
        var filter = model.Where is null ? null : FilterWriter.Write(context, model.Where);
        var keys = SortKey.Resolve(context, model.Order);
        var projection = Projection.Create(schema, model.Select);
        var backward = model.Before is not null;
        var readKeys = backward ? keys.Select(k => k.Reversed()).ToList() : keys;

        var where = new List<string> { scopeSql };
        if (filter is not null)
        {
            where.Add(filter);
        }

        var values = cursor is null ? null : cursors.Decode(scope, keys, cursor);
        var seekIndex = values is null ? null : dialect.SeekIndex(readKeys[0].Field);
        var arms = values is null || seekIndex is null ? null : SeekWriter.Arms(context, readKeys, values);
        if (values is not null && arms is null)
        {
            where.Add(SeekWriter.Write(context, readKeys, values));
        }

        var columns = Dialects.SqlDialect.DocumentColumns + ", " + projection.Columns(dialect);
        var orderBy = string.Join(", ", readKeys.Select(k => dialect.OrderKey(k.Sql, k.Descending, k.Field.IsNullable)));
        var limit = ps.Add((long)model.Take + 1, SqlParamType.Int64);
        var offset = model.Skip > 0 ? ps.Add((long)model.Skip, SqlParamType.Int64) : null;
        var text = arms is null
            ? dialect.Select(string.Join(", ", keys.Select(k => k.Sql).Prepend(columns)), dialect.And(where), orderBy, limit, offset)
            : dialect.SelectArms(columns, where, readKeys, arms, seekIndex!, limit);
        var statement = new SqlStatement(text, ps.Items);

        SqlStatement? count = null;
        if (model.IncludeTotalCount)
        {
            var cps = dialect.Parameters();
            var countWhere = new List<string> { dialect.Scope(scope, cps) };
            if (model.Where is not null)
            {
                countWhere.Add(FilterWriter.Write(new FilterContext(dialect, schema, cps), model.Where));
            }

            count = new SqlStatement(dialect.Count(dialect.And(countWhere)), cps.Items);
        }

        return new PageQuery(statement, count, keys, projection, model.Take, backward, cursor is not null);
    }

    public static SqlStatement Count(Dialects.SqlDialect dialect, DocumentSchema schema, ProjectScope scope, Filter? where)
    {
        var ps = dialect.Parameters();
        var parts = new List<string> { dialect.Scope(scope, ps) };
        if (where is not null)
        {
            parts.Add(FilterWriter.Write(new FilterContext(dialect, schema, ps), where));
        }

        return new SqlStatement(dialect.Count(dialect.And(parts)), ps.Items);
    }
}

namespace ProfileGraph.Data.Sql.Operators;

/// <summary><c>exists</c>: the path holds a value (true) or is null/missing (false); any field type.</summary>
internal static class ExistsOperator
{
    public static string Write(FilterContext context, ExistsFilter filter)
    {
        string sql;
        if (context.InsideList || context.Schema.Get(filter.Path).IsScalar)
        {
            sql = context.Scalar(filter.Path, "exists").Sql;
        }
        else
        {
            sql = context.Dialect.RawJson(context.Schema.Get(filter.Path).Segments);
        }

        return filter.Present ? context.Dialect.IsNotNull(sql) : context.Dialect.IsNull(sql);
    }
}

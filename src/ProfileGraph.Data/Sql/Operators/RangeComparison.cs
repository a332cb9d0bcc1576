namespace ProfileGraph.Data.Sql.Operators;

/// <summary>Shared by gt/gte/lt/lte: ordered types only, null rejected, null/missing values never match.</summary>
internal static class RangeComparison
{
    public static string Write(FilterContext context, ComparisonFilter filter, string name, string sqlOperator)
    {
        var (field, sql) = context.Scalar(filter.Path, name);
        if (field.Type is FieldType.Bool)
        {
            throw QueryErrors.OperatorNotSupported(filter.Path, name, field.TypeName);
        }

        if (ValueCoercer.IsNull(filter.Value))
        {
            throw QueryErrors.NullNotAllowed(filter.Path, name);
        }

        return context.Dialect.Compare(sql, sqlOperator, context.Value(field, filter.Value!));
    }
}

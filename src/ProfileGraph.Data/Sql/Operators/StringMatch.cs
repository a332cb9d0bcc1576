namespace ProfileGraph.Data.Sql.Operators;

/// <summary>Shared by the string operators: string fields only, null rejected, case-sensitive.</summary>
internal static class StringMatch
{
    public static string Write(FilterContext context, StringFilter filter, string name, Func<string, string, string> match)
    {
        var (field, sql) = context.Scalar(filter.Path, name);
        if (field.Type != FieldType.String)
        {
            throw QueryErrors.OperatorNotSupported(filter.Path, name, field.TypeName);
        }

        if (filter.Value is null)
        {
            throw QueryErrors.NullNotAllowed(filter.Path, name);
        }

        return match(sql, context.Value(field, filter.Value));
    }
}

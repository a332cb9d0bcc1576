using ProfileGraph.Data.Sql.Dialects;

namespace ProfileGraph.Data.Sql;

/// <summary>
/// What a filter operator needs while it writes: the dialect, the parameters, and how a path resolves —
/// against the schema at the top level, or to the current item inside a list quantifier.
/// </summary>
internal sealed class FilterContext
{
    private readonly FieldDefinition? _item;

    public FilterContext(SqlDialect dialect, DocumentSchema schema, SqlParameters parameters)
        : this(dialect, schema, parameters, null)
    {
    }

    private FilterContext(SqlDialect dialect, DocumentSchema schema, SqlParameters parameters, FieldDefinition? item)
    {
        Dialect = dialect;
        Schema = schema;
        Parameters = parameters;
        _item = item;
    }

    public SqlDialect Dialect { get; }

    public DocumentSchema Schema { get; }

    public SqlParameters Parameters { get; }

    public bool InsideList => _item is not null;

    /// <summary>A context whose empty path is the item of <paramref name="list"/>.</summary>
    public FilterContext ForItemsOf(FieldDefinition list) => new(Dialect, Schema, Parameters, list);

    /// <summary>The field at <paramref name="path"/> and its typed SQL expression; must be a scalar.</summary>
    public (FieldDefinition Field, string Sql) Scalar(string path, string op)
    {
        if (_item is { IsObjectList: true })
        {
            // Inside a list of objects a path names a field of the item; a null or non-object item has none.
            return !string.IsNullOrEmpty(path) && _item.ItemFields.TryGetValue(path, out var itemField)
                ? (itemField, Dialect.ItemField(itemField))
                : throw QueryErrors.UnknownPath($"{_item.Path}.{path}");
        }

        if (_item is not null)
        {
            if (!string.IsNullOrEmpty(path))
            {
                throw QueryErrors.UnknownPath($"{_item.Path}.{path}");
            }

            return (_item, Dialect.ItemValue(_item.Type));
        }

        var field = Schema.Get(path);
        if (!field.IsScalar)
        {
            throw QueryErrors.OperatorNotSupported(path, op, field.TypeName);
        }

        return (field, Dialect.Field(field));
    }

    /// <summary>A list field at <paramref name="path"/> (top level only).</summary>
    public FieldDefinition List(string path, string op)
    {
        if (_item is not null)
        {
            throw QueryErrors.OperatorNotSupported(path, op, "list item");
        }

        var field = Schema.Get(path);
        return field.IsList ? field : throw QueryErrors.OperatorNotSupported(path, op, field.TypeName);
    }

    /// <summary>Binds a non-null value of the field's type (TYPE_MISMATCH otherwise).</summary>
    public string Value(FieldDefinition field, object value) =>
        Dialect.Value(field, field.Type, ValueCoercer.Coerce(field, field.Type, value), Parameters);
}

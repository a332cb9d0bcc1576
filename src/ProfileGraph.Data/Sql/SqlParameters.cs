namespace ProfileGraph.Data.Sql;

/// <summary>How a parameter value is sent; the dialect maps it to a provider type.</summary>
internal enum SqlParamType { Text, Int64, Number, Bool, Timestamp, Json, TextArray, NumberArray, BoolArray, TimestampArray, Int64Array }

/// <summary>A bound value. SQL text only ever holds its placeholder.</summary>
internal sealed record SqlParam(string Name, object? Value, SqlParamType Type);

/// <summary>
/// Collects parameters while a statement is written; hands out placeholders: named (<c>@p0</c>) or, for an engine
/// whose provider then sends the text as it is instead of rewriting it on every execution, positional (<c>$1</c>).
/// </summary>
internal sealed class SqlParameters(bool positional = false)
{
    private readonly List<SqlParam> _items = [];

    public IReadOnlyList<SqlParam> Items => _items;

    public string Add(object? value, SqlParamType type)
    {
        var name = "p" + _items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _items.Add(new SqlParam(name, value, type));
        return positional ? "$" + _items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) : "@" + name;
    }
}

/// <summary>SQL text plus its parameters.</summary>
internal sealed record SqlStatement(string Text, IReadOnlyList<SqlParam> Parameters);

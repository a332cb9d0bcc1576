namespace ProfileGraph.Data.Sql.Dialects;

/// <summary>The atomic increment on JSON text: json_set; SQLite has no data-modifying CTE, so the caller keeps the capacity.</summary>
internal sealed partial class SqliteDialect
{
    protected override string JsonNumber(IReadOnlyList<string> segments)
    {
        var path = JsonPath(segments);
        return $"(CASE json_type(doc, '{path}') WHEN 'integer' THEN json_extract(doc, '{path}') END)";
    }

    // The text is kept as written, so the size change is exact only when it is the integer's own decimal text (not -0 or 007).
    protected override string IsCanonicalInteger(IReadOnlyList<string> segments, string number) =>
        $"{RawJson(segments)} = CAST({number} AS TEXT)";

    protected override string SetIntegers(IReadOnlyList<(IReadOnlyList<string> Segments, string Value)> values) =>
        $"json_set(doc, {string.Join(", ", values.Select(v => $"'{JsonPath(v.Segments)}', {v.Value}"))})";
}

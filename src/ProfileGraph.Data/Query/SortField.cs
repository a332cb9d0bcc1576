namespace ProfileGraph.Data;

/// <summary>One sort key. Null and missing sort lowest: first ascending, last descending, on every store.</summary>
public sealed record SortField(string Path, SortDirection Direction = SortDirection.Ascending)
{
    public static SortField Asc(string path) => new(path, SortDirection.Ascending);
    public static SortField Desc(string path) => new(path, SortDirection.Descending);
}

public enum SortDirection { Ascending, Descending }

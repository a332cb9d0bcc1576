namespace ProfileGraph.Data;

/// <summary>One page of documents, with a cursor per item (aligned with <see cref="Items"/>).</summary>
public sealed class DocumentPage
{
    internal DocumentPage(IReadOnlyList<StoredDocument> items, IReadOnlyList<string> cursors, bool hasNext, bool hasPrevious, long? totalCount)
    {
        Items = items;
        Cursors = cursors;
        HasNextPage = hasNext;
        HasPreviousPage = hasPrevious;
        TotalCount = totalCount;
    }

    public IReadOnlyList<StoredDocument> Items { get; }

    public IReadOnlyList<string> Cursors { get; }

    public string? StartCursor => Cursors.Count > 0 ? Cursors[0] : null;

    public string? EndCursor => Cursors.Count > 0 ? Cursors[^1] : null;

    public bool HasNextPage { get; }

    public bool HasPreviousPage { get; }

    /// <summary>Only when <see cref="QueryModel.IncludeTotalCount"/> was set.</summary>
    public long? TotalCount { get; }
}

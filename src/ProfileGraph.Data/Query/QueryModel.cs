namespace ProfileGraph.Data;

/// <summary>
/// One query: filter, sort (the id is always appended as the last key), one page either by offset
/// (<see cref="Skip"/>) or by keyset cursor (<see cref="After"/> / <see cref="Before"/>), projection, optional count.
/// </summary>
public sealed record QueryModel
{
    public const int MaxTake = 1000;

    public Filter? Where { get; init; }

    public IReadOnlyList<SortField> Order { get; init; } = [];

    /// <summary>Items per page, 0..<see cref="MaxTake"/>.</summary>
    public int Take { get; init; } = 20;

    /// <summary>Offset paging; cannot be combined with a cursor.</summary>
    public int Skip { get; init; }

    /// <summary>Keyset cursor: the page starts after this item.</summary>
    public string? After { get; init; }

    /// <summary>Keyset cursor: the page ends before this item (the last <see cref="Take"/> items before it).</summary>
    public string? Before { get; init; }

    /// <summary>Paths to read; null reads the whole document.</summary>
    public IReadOnlyList<string>? Select { get; init; }

    /// <summary>Run a count of all matching documents as well.</summary>
    public bool IncludeTotalCount { get; init; }
}

namespace ProfileGraph.Data;

/// <summary>
/// One integer increment of <see cref="IDocumentStore.TryIncrementAsync"/>: the path, the amount, and the
/// range the result must stay in (for example a 32-bit property's range).
/// </summary>
public sealed record IncrementTarget(string Path, long Amount, long Min = long.MinValue, long Max = long.MaxValue);

/// <summary>What else an atomic increment must respect.</summary>
/// <param name="MaxPropertyBytes">Largest <see cref="PropertyBytes"/> size of the document's custom properties after the change.</param>
/// <param name="SizeField">A top-level body field that holds the custom properties' size; it must equal the stored size and is kept equal to it.</param>
public sealed record IncrementLimits(long MaxPropertyBytes = long.MaxValue, string? SizeField = null);

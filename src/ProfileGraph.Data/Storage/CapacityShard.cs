namespace ProfileGraph.Data.Storage;

/// <summary>
/// Which of a project's capacity rows a document's writes add to. The capacity is the sum of the shards,
/// so the choice only spreads concurrent writers of different documents over different row locks.
/// </summary>
internal static class CapacityShard
{
    public const int Count = 16;

    /// <summary>A stable hash (FNV-1a over the UTF-16 code units) of the id, modulo <see cref="Count"/>.</summary>
    public static int Of(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Count);
    }
}

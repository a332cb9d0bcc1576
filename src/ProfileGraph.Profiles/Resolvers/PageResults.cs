using ProfileGraph.Data;

namespace ProfileGraph.Profiles.Resolvers;

/// <summary>A store page shaped as HotChocolate's <c>XConnection</c> (pageInfo, edges, nodes, totalCount).</summary>
internal static class ConnectionResult
{
    public static IReadOnlyDictionary<string, object?> From(DocumentPage page)
    {
        var nodes = page.Items.Select(d => new ProfileView(d)).ToList();
        var edges = nodes.Select((node, i) => (object?)new Dictionary<string, object?>
        {
            ["cursor"] = page.Cursors[i],
            ["node"] = node,
        }).ToList();
        return new Dictionary<string, object?>
        {
            ["pageInfo"] = new Dictionary<string, object?>
            {
                ["hasNextPage"] = page.HasNextPage,
                ["hasPreviousPage"] = page.HasPreviousPage,
                ["startCursor"] = page.StartCursor,
                ["endCursor"] = page.EndCursor,
            },
            ["edges"] = edges,
            ["nodes"] = nodes.Cast<object?>().ToList(),
            ["totalCount"] = page.TotalCount is { } count ? (int)Math.Min(count, int.MaxValue) : null,
        };
    }
}

/// <summary>A store page shaped as HotChocolate's <c>XCollectionSegment</c> (pageInfo, items, totalCount).</summary>
internal static class CollectionSegmentResult
{
    public static IReadOnlyDictionary<string, object?> From(DocumentPage page, int skip) => new Dictionary<string, object?>
    {
        ["pageInfo"] = new Dictionary<string, object?>
        {
            ["hasNextPage"] = page.HasNextPage,
            ["hasPreviousPage"] = skip > 0,
        },
        ["items"] = page.Items.Select(d => (object?)new ProfileView(d)).ToList(),
        ["totalCount"] = page.TotalCount is { } count ? (int)Math.Min(count, int.MaxValue) : null,
    };
}

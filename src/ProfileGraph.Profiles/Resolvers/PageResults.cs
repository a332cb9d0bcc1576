using ProfileGraph.Data;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.Profiles.Resolvers;

/// <summary>
/// A store page shaped as HotChocolate's <c>XConnection</c> (pageInfo, edges, nodes, totalCount). Each field is
/// built when it is selected, so a page read for its nodes encodes no cursor.
/// </summary>
internal sealed class ConnectionResult
{
    private readonly DocumentPage _page;
    private List<object?>? _nodes;

    private ConnectionResult(DocumentPage page) => _page = page;

    public static ConnectionResult From(DocumentPage page) => new(page);

    public static void Register(SchemaBuilder builder)
    {
        builder.AddResolver("ProfilesConnection.pageInfo", c => Value(Of(c).PageInfo()));
        builder.AddResolver("ProfilesConnection.edges", c => Value(Of(c).Edges()));
        builder.AddResolver("ProfilesConnection.nodes", c => Value(Of(c).Nodes()));
        builder.AddResolver("ProfilesConnection.totalCount", c => Value(Of(c).TotalCount()));
    }

    private static ConnectionResult Of(IResolverContext context) => (ConnectionResult)context.Parent!;

    private static ValueTask<object?> Value(object? value) => ValueTask.FromResult(value);

    private List<object?> Nodes() => _nodes ??= _page.Items.Select(d => (object?)new ProfileView(d)).ToList();

    private List<object?> Edges()
    {
        var nodes = Nodes();
        return nodes.Select((node, i) => (object?)new Dictionary<string, object?>
        {
            ["cursor"] = _page.Cursors[i],
            ["node"] = node,
        }).ToList();
    }

    private Dictionary<string, object?> PageInfo() => new()
    {
        ["hasNextPage"] = _page.HasNextPage,
        ["hasPreviousPage"] = _page.HasPreviousPage,
        ["startCursor"] = _page.StartCursor,
        ["endCursor"] = _page.EndCursor,
    };

    private int? TotalCount() => _page.TotalCount is { } count ? (int)Math.Min(count, int.MaxValue) : null;
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

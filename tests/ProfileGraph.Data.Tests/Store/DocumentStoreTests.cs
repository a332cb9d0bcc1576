using System.Text.Json.Nodes;

namespace ProfileGraph.Data.Tests.Store;

/// <summary>
/// The behaviour suite of <see cref="IDocumentStore"/>, written once and run on every store by a sealed
/// subclass per store. Each test works in a fresh project, so tests share a database without interfering.
/// </summary>
public abstract partial class DocumentStoreTests : IAsyncLifetime
{
    private static readonly byte[] CursorKey = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    protected DocumentStoreTests(StoreKind kind, string connectionString)
    {
        Kind = kind;
        ConnectionString = connectionString;
    }

    protected StoreKind Kind { get; }

    protected string ConnectionString { get; }

    protected IDocumentStore Store { get; private set; } = null!;

    protected string Project { get; } = "p-" + Guid.NewGuid().ToString("N")[..12];

    public async Task InitializeAsync() => Store = await OpenStoreAsync();

    public async Task DisposeAsync() => await Store.DisposeAsync();

    protected Task<IDocumentStore> OpenStoreAsync() =>
        DocumentStoreFactory.OpenAsync(new StoreOptions { Kind = Kind, ConnectionString = ConnectionString, CursorKey = CursorKey }, Infrastructure.TestSchema.Create());

    protected static JsonObject Json(string json) => JsonNode.Parse(json)!.AsObject();

    protected async Task SeedAsync(params (string Id, string Json)[] documents)
    {
        foreach (var (id, json) in documents)
        {
            var result = await Store.UpsertAsync(Project, id, Json(json));
            Assert.Equal(UpdateStatus.Created, result.Status);
        }
    }

    protected async Task<string> IdsAsync(Filter? where, params SortField[] order)
    {
        var page = await Store.QueryAsync(Project, new QueryModel { Where = where, Order = order.Length == 0 ? [SortField.Asc("id")] : order, Take = 1000 });
        return string.Join(",", page.Items.Select(d => d.Id));
    }

    /// <summary>Compares JSON ignoring property order (JSONB keeps its own key order).</summary>
    protected static void AssertJson(string expected, JsonNode? actual) =>
        Assert.Equal(Canonical(JsonNode.Parse(expected)), Canonical(actual));

    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"\"{p.Key}\":{Canonical(p.Value)}")) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        null => "null",
        _ => node.ToJsonString(),
    };

    protected async Task<JsonObject> BodyAsync(string id) => (await Store.GetByIdsAsync(Project, [id]))[0]!.Body;
}

using System.Text.Json.Nodes;

namespace ProfileGraph.Data.Tests.Store;

public abstract partial class DocumentStoreTests
{
    private static IEnumerable<KeyValuePair<string, JsonObject>> Numbered(int count, Func<int, string>? json = null) =>
        Enumerable.Range(0, count).Select(i => new KeyValuePair<string, JsonObject>($"b{i:D3}", Json(json?.Invoke(i) ?? $$$"""{"age":{{{i}}},"properties":{"x":1}}""")));

    [Fact]
    public async Task Bulk_insert_of_many_documents_loads_every_row_and_its_bytes()
    {
        Assert.Equal(150, await Store.BulkInsertAsync(Project, Numbered(150)));
        Assert.Equal(150, await Store.CountAsync(Project));
        Assert.Equal(149L, (await Store.GetByIdsAsync(Project, ["b149"]))[0]!.Body["age"]!.GetValue<long>());
        Assert.Equal(150 * """{"x":1}""".Length, await Store.GetPropertyBytesAsync(Project));
    }

    [Fact]
    public async Task Bulk_insert_with_a_rejected_document_writes_nothing()
    {
        await Assert.ThrowsAsync<QueryException>(() => Store.BulkInsertAsync(Project, Numbered(150, i => i == 130 ? """{"age":"old"}""" : "{}")));
        Assert.Equal(0, await Store.CountAsync(Project));
        Assert.Equal(0, await Store.GetPropertyBytesAsync(Project));
    }

    [Fact]
    public async Task Bulk_insert_of_an_existing_id_fails_and_writes_nothing()
    {
        await SeedAsync(("b100", "{}"));
        await Assert.ThrowsAsync<StoreException>(() => Store.BulkInsertAsync(Project, Numbered(150)));
        Assert.Equal(1, await Store.CountAsync(Project));
    }

    [Fact]
    public async Task Bulk_insert_stores_what_an_upsert_stores()
    {
        string[] bodies =
        [
            """{"firstName":"Zoë 東京 <&>","age":36,"score":1.50,"birth":"2024-05-01T10:00:00+02:00","tags":["a"],"lastName":null}""",
            """{"properties":{"nickname":"é \"q\" \ud83d\ude00","free":{"x":1.0,"y":null},"vipLevel":2}}""",
            """{"properties":{},"devices":[{"platform":"ios","build":7,"extra":null}]}""",
        ];
        var other = Project + "-upsert";
        for (var i = 0; i < bodies.Length; i++)
        {
            await Store.UpsertAsync(other, $"u{i}", Json(bodies[i]));
        }

        await Store.BulkInsertAsync(Project, bodies.Select((b, i) => new BulkDocument($"u{i}", Json(b))));

        var ids = Enumerable.Range(0, bodies.Length).Select(i => $"u{i}").ToList();
        var upserted = await Store.GetByIdsAsync(other, ids);
        var loaded = await Store.GetByIdsAsync(Project, ids);
        for (var i = 0; i < bodies.Length; i++)
        {
            AssertJson(upserted[i]!.Body.ToJsonString(), loaded[i]!.Body);
        }

        Assert.Equal(await Store.GetPropertyBytesAsync(other), await Store.GetPropertyBytesAsync(Project));
    }

    [Fact]
    public async Task Bulk_insert_of_a_duplicate_id_fails_after_one_pass_over_the_documents()
    {
        var documents = new CountedDocuments(Numbered(150).Select(d => new BulkDocument(d.Key, d.Value)).Append(new BulkDocument("b007", Json("{}"))));

        await Assert.ThrowsAsync<StoreException>(() => Store.BulkInsertAsync(Project, documents));

        Assert.Equal(1, documents.Passes);
        Assert.Equal(0, await Store.CountAsync(Project));
    }

    [Fact]
    public async Task Bulk_insert_that_is_cancelled_writes_nothing()
    {
        using var cancel = new CancellationTokenSource();
        var documents = Numbered(3000).Select((d, i) =>
        {
            if (i == 2000)
            {
                cancel.Cancel();
            }

            return new BulkDocument(d.Key, d.Value);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.BulkInsertAsync(Project, documents, cancel.Token));

        Assert.Equal(0, await Store.CountAsync(Project));
        Assert.Equal(0, await Store.GetPropertyBytesAsync(Project));
    }

    /// <summary>Documents that count how often they are read from the start.</summary>
    private sealed class CountedDocuments(IEnumerable<BulkDocument> documents) : IEnumerable<BulkDocument>
    {
        public int Passes { get; private set; }

        public IEnumerator<BulkDocument> GetEnumerator()
        {
            Passes++;
            return documents.GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

using System.Text;

namespace ProfileGraph.Data.Tests.Store;

public abstract partial class DocumentStoreTests
{
    private static readonly IncrementLimits Sized = new(4096, "propertiesSize");

    private static IncrementTarget Add(string key, long amount, long min = long.MinValue, long max = long.MaxValue) =>
        new("properties." + key, amount, min, max);

    /// <summary>Seeds a document whose <c>propertiesSize</c> holds the measured size, as the profile layer keeps it.</summary>
    private async Task SeedSizedAsync(string id, string properties)
    {
        var body = Json($$"""{"firstName":"x","properties":{{properties}}}""");
        body["propertiesSize"] = PropertyBytes.Measure(body["properties"]);
        Assert.Equal(UpdateStatus.Created, (await Store.UpsertAsync(Project, id, body)).Status);
    }

    private async Task AssertSizesExactAsync(params string[] ids)
    {
        var documents = await Store.GetByIdsAsync(Project, ids);
        var sizes = documents.Select(d => PropertyBytes.Measure(d!.Body["properties"])).ToList();
        Assert.Equal(sizes, documents.Select(d => d!.Body["propertiesSize"]!.GetValue<long>()).Select(s => (int)s));
        Assert.Equal(sizes.Sum(), await Store.GetPropertyBytesAsync(Project));
    }

    [Fact]
    public async Task Increment_changes_integers_in_place_and_keeps_sizes_exact()
    {
        await SeedSizedAsync("a", """{"visits":9,"nickname":"Zoë","big":-10}""");
        var document = await Store.TryIncrementAsync(Project, "a", [Add("visits", 1), Add("big", 5)], Sized);
        Assert.NotNull(document);
        Assert.Equal(2, document.Version);
        Assert.Equal(10, document.Body["properties"]!["visits"]!.GetValue<long>());
        Assert.Equal(-5, document.Body["properties"]!["big"]!.GetValue<long>());
        Assert.Equal("x", document.Body["firstName"]!.GetValue<string>());
        await AssertSizesExactAsync("a");
        Assert.Equal(document.Body.ToJsonString(), (await Store.GetByIdsAsync(Project, ["a"]))[0]!.Body.ToJsonString());
    }

    [Fact]
    public async Task Increment_returns_only_the_selected_paths()
    {
        await SeedSizedAsync("a", """{"visits":1}""");
        var document = await Store.TryIncrementAsync(Project, "a", [Add("visits", 2)], Sized, select: ["properties.visits"]);
        AssertJson("""{"properties":{"visits":3}}""", document!.Body);
    }

    [Theory]
    [InlineData("""{"free":"7"}""")]
    [InlineData("""{"free":1.5}""")]
    [InlineData("""{"free":5.0}""")]
    [InlineData("""{"free":true}""")]
    [InlineData("""{"free":[1]}""")]
    [InlineData("""{"free":{"a":1}}""")]
    [InlineData("""{"other":1}""")]
    public async Task Increment_of_anything_but_a_present_integer_is_not_applied(string properties)
    {
        await SeedSizedAsync("a", properties);
        Assert.Null(await Store.TryIncrementAsync(Project, "a", [Add("free", 1)], Sized));
        Assert.Null(await Store.TryIncrementAsync(Project, "missing", [Add("free", 1)], Sized));
        Assert.Equal(1, (await Store.GetByIdsAsync(Project, ["a"]))[0]!.Version);
        await AssertSizesExactAsync("a");
    }

    [Fact]
    public async Task Increment_past_the_range_or_the_size_limit_or_at_another_version_is_not_applied()
    {
        await SeedSizedAsync("a", """{"visits":2147483646,"free":99}""");
        Assert.Null(await Store.TryIncrementAsync(Project, "a", [Add("visits", 2, int.MinValue, int.MaxValue)], Sized));
        Assert.Null(await Store.TryIncrementAsync(Project, "a", [Add("visits", long.MaxValue)], Sized));
        Assert.Null(await Store.TryIncrementAsync(Project, "a", [Add("visits", 1)], Sized, expectedVersion: 7));
        var full = new IncrementLimits(PropertyBytes.Measure(Json("""{"visits":2147483646,"free":99}""")), "propertiesSize");
        Assert.Null(await Store.TryIncrementAsync(Project, "a", [Add("free", 1)], full));
        Assert.Equal(1, (await Store.GetByIdsAsync(Project, ["a"]))[0]!.Version);

        Assert.NotNull(await Store.TryIncrementAsync(Project, "a", [Add("visits", 1, int.MinValue, int.MaxValue), Add("free", -1)], full, expectedVersion: 1));
        await AssertSizesExactAsync("a");
    }

    [Fact]
    public async Task Increment_is_not_applied_when_the_size_field_disagrees_with_the_stored_size()
    {
        await SeedAsync(("a", """{"propertiesSize":3,"properties":{"visits":1}}"""));
        Assert.Null(await Store.TryIncrementAsync(Project, "a", [Add("visits", 1)], Sized));
    }

    [Fact]
    public async Task Capacity_counts_non_ascii_text_as_its_utf8_bytes()
    {
        await SeedAsync(("a", """{"properties":{"name":"Zoë 日本 <&>"}}"""), ("b", """{"properties":{}}"""));
        Assert.Equal(Encoding.UTF8.GetByteCount("""{"name":"Zoë 日本 <&>"}"""), await Store.GetPropertyBytesAsync(Project));
    }

    [Fact]
    public async Task Concurrent_writers_of_different_documents_keep_the_capacity_exact()
    {
        var ids = Enumerable.Range(0, 16).Select(i => $"w{i}").ToList();
        foreach (var id in ids)
        {
            await SeedSizedAsync(id, """{"visits":0}""");
        }

        await Task.WhenAll(ids.Select((id, i) => Task.Run(async () =>
        {
            for (var n = 0; n < 40; n++)
            {
                if ((n + i) % 3 == 0)
                {
                    await Store.UpdateAsync(Project, id, new UpdateOperations().Increment("properties.other", 7L));
                }
                else
                {
                    Assert.NotNull(await Store.TryIncrementAsync(Project, id, [Add("visits", 3)], new IncrementLimits(4096, null)));
                }
            }
        })));

        var documents = await Store.GetByIdsAsync(Project, ids);
        Assert.Equal(documents.Sum(d => PropertyBytes.Measure(d!.Body["properties"])), await Store.GetPropertyBytesAsync(Project));
        Assert.All(documents, d => Assert.Equal(41, d!.Version));
    }

    [Fact]
    public async Task Concurrent_increments_of_many_documents_each_apply_once_or_not_at_all()
    {
        // Profiles 0-19 count in "free"; 20-23 hold a string there, so no increment applies to them. Concurrent
        // callers share statements on a store that batches them: every caller must still get its own answer.
        var ids = Enumerable.Range(0, 24).Select(i => $"m{i:D2}").ToList();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            await SeedSizedAsync(id, i < 20 ? """{"free":0}""" : """{"free":"many"}""");
        }

        var applied = new int[ids.Count];
        await Task.WhenAll(Enumerable.Range(0, 24).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            for (var n = 0; n < 60; n++)
            {
                var k = random.Next(ids.Count);
                var amount = 1 + (k % 3);
                var result = await Store.TryIncrementAsync(Project, ids[k], [Add("free", amount)], Sized, select: ["properties.free"]);
                if (k < 20)
                {
                    Assert.NotNull(result);
                    Assert.Equal(ids[k], result.Id);
                    Assert.True(result.Body["properties"]!["free"]!.GetValue<long>() % amount == 0);
                    Interlocked.Increment(ref applied[k]);
                }
                else
                {
                    Assert.Null(result);
                }
            }
        })));

        var documents = await Store.GetByIdsAsync(Project, ids);
        for (var k = 0; k < 20; k++)
        {
            Assert.Equal(applied[k] * (1 + (k % 3)), documents[k]!.Body["properties"]!["free"]!.GetValue<long>());
            Assert.Equal(1 + applied[k], documents[k]!.Version);
        }

        Assert.All(documents.Skip(20), d => Assert.Equal(1, d!.Version));
        await AssertSizesExactAsync([.. ids]);
    }
}

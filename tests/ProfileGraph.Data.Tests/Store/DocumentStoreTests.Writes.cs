using System.Text.Json.Nodes;

namespace ProfileGraph.Data.Tests.Store;

public abstract partial class DocumentStoreTests
{
    [Fact]
    public async Task Upsert_creates_then_replaces_and_every_change_increments_the_version()
    {
        var created = await Store.UpsertAsync(Project, "u", Json("""{"firstName":"A","age":1}"""));
        var replaced = await Store.UpsertAsync(Project, "u", Json("""{"firstName":"B"}"""));
        var same = await Store.UpsertAsync(Project, "u", Json("""{"firstName":"B"}"""));
        Assert.Equal((UpdateStatus.Created, 1L), (created.Status, created.Document!.Version));
        Assert.Equal((UpdateStatus.Updated, 2L), (replaced.Status, replaced.Document!.Version));
        Assert.Equal((UpdateStatus.Unchanged, 2L), (same.Status, same.Document!.Version));
        AssertJson("""{"firstName":"B"}""", (await BodyAsync("u")));
        Assert.True(replaced.Document.UpdatedAt >= created.Document.CreatedAt);
        Assert.Equal(created.Document.CreatedAt, replaced.Document.CreatedAt);
    }

    [Fact]
    public async Task Set_changes_only_the_given_paths_and_null_clears()
    {
        await SeedAsync(("s", """{"firstName":"A","lastName":"L","properties":{"vipLevel":1,"nickname":"n"}}"""));
        var result = await Store.UpdateAsync(Project, "s", new UpdateOperations()
            .Set("firstName", "Z").Set("lastName", null).Set("properties.vipLevel", 2).Set("properties.color", "red"));
        Assert.Equal(UpdateStatus.Updated, result.Status);
        AssertJson("""{"firstName":"Z","properties":{"vipLevel":2,"nickname":"n","color":"red"}}""", (await BodyAsync("s")));
    }

    [Fact]
    public async Task Set_once_writes_only_when_absent()
    {
        await SeedAsync(("o", """{"firstName":"A"}"""));
        var first = await Store.UpdateAsync(Project, "o", new UpdateOperations().SetOnce("firstName", "B").SetOnce("email", "e@x"));
        var second = await Store.UpdateAsync(Project, "o", new UpdateOperations().SetOnce("email", "other@x"));
        Assert.Equal(UpdateStatus.Updated, first.Status);
        Assert.Equal(UpdateStatus.Unchanged, second.Status);
        Assert.Equal(2, second.Document!.Version);
        AssertJson("""{"firstName":"A","email":"e@x"}""", (await BodyAsync("o")));
    }

    [Fact]
    public async Task Increment_counts_a_missing_value_as_zero_and_keeps_integers_integral()
    {
        await SeedAsync(("i", """{"score":1.5}"""));
        await Store.UpdateAsync(Project, "i", new UpdateOperations().Increment("properties.visits", 2L).Increment("score", 1.0).Increment("age", 3L));
        await Store.UpdateAsync(Project, "i", new UpdateOperations().Increment("properties.visits", 5L).Increment("properties.free", 0.5));
        AssertJson("""{"score":2.5,"properties":{"visits":7,"free":0.5},"age":3}""", (await BodyAsync("i")));
    }

    [Fact]
    public async Task Increment_of_a_stored_non_number_is_rejected_and_writes_nothing()
    {
        await SeedAsync(("n", """{"firstName":"A","properties":{"free":"text"}}"""));
        var result = await Store.UpdateAsync(Project, "n", new UpdateOperations().Set("firstName", "B").Increment("properties.free", 1L));
        Assert.Equal((UpdateStatus.Rejected, QueryErrorCodes.NotANumber), (result.Status, result.ErrorCode));
        AssertJson("""{"firstName":"A","properties":{"free":"text"}}""", (await BodyAsync("n")));
    }

    [Fact]
    public async Task Append_remove_and_unset_change_lists_and_keys()
    {
        await SeedAsync(("l", """{"firstName":"A","tags":["a","b","a"]}"""));
        await Store.UpdateAsync(Project, "l", new UpdateOperations().Append("tags", "c").Remove("tags", "a").Append("scores", 1, 2).Unset("firstName"));
        AssertJson("""{"tags":["b","c"],"scores":[1,2]}""", (await BodyAsync("l")));
    }

    [Fact]
    public async Task Expected_version_mismatch_is_a_conflict_and_changes_nothing()
    {
        await SeedAsync(("v", """{"age":1}"""));
        var stale = await Store.UpdateAsync(Project, "v", new UpdateOperations().Set("age", 2), expectedVersion: 7);
        var fresh = await Store.UpdateAsync(Project, "v", new UpdateOperations().Set("age", 3), expectedVersion: 1);
        var mustNotExist = await Store.UpsertAsync(Project, "v", Json("{}"), expectedVersion: 0);
        Assert.Equal(UpdateStatus.VersionConflict, stale.Status);
        Assert.Equal(UpdateStatus.Updated, fresh.Status);
        Assert.Equal(UpdateStatus.VersionConflict, mustNotExist.Status);
        AssertJson("""{"age":3}""", (await BodyAsync("v")));
    }

    [Fact]
    public async Task Update_of_a_missing_document_is_not_found_unless_asked_to_create()
    {
        var missing = await Store.UpdateAsync(Project, "m", new UpdateOperations().Set("age", 1));
        var created = await Store.UpdateAsync(Project, "m", new UpdateOperations().Set("age", 1), createIfMissing: true);
        Assert.Equal(UpdateStatus.NotFound, missing.Status);
        Assert.Equal((UpdateStatus.Created, 1L), (created.Status, created.Document!.Version));
    }

    [Fact]
    public async Task Delete_removes_the_document_its_identities_and_its_capacity()
    {
        await SeedAsync(("d", """{"properties":{"nickname":"abc"}}"""));
        await Store.BindIdentityAsync(Project, new IdentityKey("userId", "u-1"), "d");
        Assert.False(await Store.DeleteAsync(Project, "d", expectedVersion: 9));
        Assert.True(await Store.DeleteAsync(Project, "d"));
        Assert.False(await Store.DeleteAsync(Project, "d"));
        Assert.Null((await Store.GetByIdsAsync(Project, ["d"]))[0]);
        Assert.Null(await Store.LookupIdentityAsync(Project, new IdentityKey("userId", "u-1")));
        Assert.Equal(0, await Store.GetPropertyBytesAsync(Project));
    }

    [Fact]
    public async Task Update_many_applies_to_every_match_with_one_outcome_each()
    {
        await SeedAsync(("a", """{"age":1}"""), ("b", """{"age":2}"""), ("c", """{"age":3}"""));
        var results = await Store.UpdateManyAsync(Project, Filter.Gte("age", 2), new UpdateOperations().Increment("age", 10L), take: 10);
        Assert.Equal(["b:Updated", "c:Updated"], results.Select(r => $"{r.Id}:{r.Status}"));
        Assert.Equal("a,b,c", await IdsAsync(Filter.In("age", 1, 12, 13)));
    }

    [Fact]
    public async Task A_failed_batch_leaves_nothing_behind()
    {
        await SeedAsync(("a", """{"properties":{"free":1}}"""), ("b", """{"properties":{"free":"x"}}"""), ("c", "{}"));
        var results = await Store.UpdateManyAsync(Project, null, new UpdateOperations().Increment("properties.free", 1L), take: 10);
        Assert.Equal(["a:RolledBack", "b:Rejected", "c:RolledBack"], results.Select(r => $"{r.Id}:{r.Status}"));
        AssertJson("""{"properties":{"free":1}}""", (await BodyAsync("a")));
        AssertJson("{}", (await BodyAsync("c")));
        Assert.Equal(1, (await Store.GetByIdsAsync(Project, ["a"]))[0]!.Version);
    }

    [Fact]
    public async Task Capacity_tracks_the_bytes_of_custom_properties_per_project()
    {
        await SeedAsync(("a", """{"firstName":"not counted","properties":{"nickname":"abc"}}"""));
        var one = await Store.GetPropertyBytesAsync(Project);
        await Store.UpdateAsync(Project, "a", new UpdateOperations().Set("properties.vipLevel", 12));
        var two = await Store.GetPropertyBytesAsync(Project);
        await Store.BulkInsertAsync(Project, [new BulkDocument("b", Json("""{"properties":{"x":1}}"""))]);
        Assert.Equal("""{"nickname":"abc"}""".Length, one);
        Assert.Equal("""{"nickname":"abc","vipLevel":12}""".Length, two);
        Assert.Equal(two + """{"x":1}""".Length, await Store.GetPropertyBytesAsync(Project));
        Assert.Equal(0, await Store.GetPropertyBytesAsync(Project + "-other"));
    }

    [Fact]
    public async Task Bulk_insert_loads_documents_that_queries_then_see()
    {
        var count = await Store.BulkInsertAsync(Project, Enumerable.Range(0, 50).Select(i =>
            new KeyValuePair<string, JsonObject>($"b{i:D3}", Json($$"""{"age":{{i}},"tags":["t{{i % 5}}"]}"""))));
        Assert.Equal(50, count);
        Assert.Equal(10, await Store.CountAsync(Project, Filter.Some("tags", Filter.Eq("", "t3"))));
        Assert.Equal(1, (await Store.GetByIdsAsync(Project, ["b049"]))[0]!.Version);
    }

    [Fact]
    public async Task Bulk_insert_with_a_duplicate_id_writes_nothing()
    {
        await SeedAsync(("taken", "{}"));
        var fresh = Enumerable.Range(0, 3000).Select(i => new BulkDocument($"d{i:D4}", Json($$$"""{"age":{{{i % 90}}},"properties":{"x":1}}""")));

        await Assert.ThrowsAsync<StoreException>(() => Store.BulkInsertAsync(Project, fresh.Append(new BulkDocument("d0042", Json("{}")))));
        await Assert.ThrowsAsync<StoreException>(() => Store.BulkInsertAsync(Project, fresh.Append(new BulkDocument("taken", Json("{}")))));

        Assert.Equal(1, await Store.CountAsync(Project));
        Assert.Equal(0, await Store.GetPropertyBytesAsync(Project));
        Assert.Equal(3000, await Store.BulkInsertAsync(Project, fresh));
        Assert.Equal(34, await Store.CountAsync(Project, Filter.Eq("age", 7)));
    }

    [Fact]
    public async Task Bulk_insert_with_an_invalid_body_throws_its_error_and_writes_nothing()
    {
        var documents = Enumerable.Range(0, 3000).Select(i => new BulkDocument($"d{i:D4}", Json(i == 2500 ? """{"age":"old"}""" : "{}")));

        var error = await Assert.ThrowsAsync<QueryException>(() => Store.BulkInsertAsync(Project, documents));

        Assert.Equal(QueryErrorCodes.TypeMismatch, error.Code);
        Assert.Equal(0, await Store.CountAsync(Project));
    }

    [Fact]
    public async Task Bulk_insert_keeps_original_timestamps_and_stamps_the_rest()
    {
        var created = new DateTimeOffset(2021, 3, 4, 5, 6, 7, 891, TimeSpan.FromHours(2));
        var updated = new DateTimeOffset(2024, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await Store.BulkInsertAsync(Project, [
            new BulkDocument("both", Json("{}"), created, updated),
            new BulkDocument("created", Json("{}"), created),
            new BulkDocument("none", Json("{}")),
        ]);

        var docs = await Store.GetByIdsAsync(Project, ["both", "created", "none"]);
        Assert.Equal((created, updated), (docs[0]!.CreatedAt, docs[0]!.UpdatedAt));
        Assert.Equal((created, created), (docs[1]!.CreatedAt, docs[1]!.UpdatedAt));
        Assert.InRange(docs[2]!.CreatedAt, before, DateTimeOffset.UtcNow);
        Assert.Equal(docs[2]!.CreatedAt, docs[2]!.UpdatedAt);
        Assert.Equal("created,both", await IdsAsync(Filter.Lt("createdAt", before), SortField.Asc("updatedAt")));
    }

    [Fact]
    public async Task Migrations_are_idempotent_when_the_store_opens_again()
    {
        await SeedAsync(("a", "{}"));
        await using var again = await OpenStoreAsync();
        Assert.NotNull((await again.GetByIdsAsync(Project, ["a"]))[0]);
    }
}

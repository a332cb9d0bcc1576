namespace ProfileGraph.Data.Tests.Store;

public abstract partial class DocumentStoreTests
{
    [Fact]
    public async Task Identity_binds_once_detects_conflicts_and_unbinds()
    {
        var key = new IdentityKey("anonymousId", "anon-1");
        Assert.Equal(new BindResult(BindOutcome.Bound, "p1"), await Store.BindIdentityAsync(Project, key, "p1"));
        Assert.Equal(new BindResult(BindOutcome.AlreadyBound, "p1"), await Store.BindIdentityAsync(Project, key, "p1"));
        Assert.Equal(new BindResult(BindOutcome.Conflict, "p1"), await Store.BindIdentityAsync(Project, key, "p2"));
        await Store.BindIdentityAsync(Project, new IdentityKey("userId", "u1"), "p1");
        Assert.Equal("p1", await Store.LookupIdentityAsync(Project, key));
        Assert.Equal([new IdentityKey("anonymousId", "anon-1"), new IdentityKey("userId", "u1")], await Store.GetIdentitiesAsync(Project, "p1"));
        Assert.False(await Store.UnbindIdentityAsync(Project, key, "p2"));
        Assert.True(await Store.UnbindIdentityAsync(Project, key, "p1"));
        Assert.Null(await Store.LookupIdentityAsync(Project, key));
        Assert.Equal(BindOutcome.Bound, (await Store.BindIdentityAsync(Project, key, "p2")).Outcome);
    }

    [Fact]
    public async Task One_project_never_sees_another_projects_data()
    {
        var other = Project + "-b";
        await SeedAsync(("x", """{"age":5,"properties":{"nickname":"n"}}"""));
        await Store.BindIdentityAsync(Project, new IdentityKey("userId", "u"), "x");

        Assert.Null((await Store.GetByIdsAsync(other, ["x"]))[0]);
        Assert.Empty((await Store.QueryAsync(other, new QueryModel())).Items);
        Assert.Equal(0, await Store.CountAsync(other));
        Assert.Equal(UpdateStatus.NotFound, (await Store.UpdateAsync(other, "x", new UpdateOperations().Set("age", 6))).Status);
        Assert.Empty(await Store.UpdateManyAsync(other, null, new UpdateOperations().Set("age", 6), take: 100));
        Assert.False(await Store.DeleteAsync(other, "x"));
        Assert.Null(await Store.LookupIdentityAsync(other, new IdentityKey("userId", "u")));
        Assert.Equal(0, await Store.GetPropertyBytesAsync(other));
        Assert.Equal(BindOutcome.Bound, (await Store.BindIdentityAsync(other, new IdentityKey("userId", "u"), "y")).Outcome);

        AssertJson("""{"age":5,"properties":{"nickname":"n"}}""", (await BodyAsync("x")));
        Assert.Equal("x", await Store.LookupIdentityAsync(Project, new IdentityKey("userId", "u")));
    }

    [Fact]
    public async Task A_cursor_from_one_project_is_rejected_in_another()
    {
        await SeedAsync(("a", "{}"), ("b", "{}"));
        var page = await Store.QueryAsync(Project, new QueryModel { Take = 1 });
        var error = await Assert.ThrowsAsync<QueryException>(() => Store.QueryAsync(Project + "-b", new QueryModel { Take = 1, After = page.EndCursor }));
        Assert.Equal(QueryErrorCodes.InvalidCursor, error.Code);
    }
}

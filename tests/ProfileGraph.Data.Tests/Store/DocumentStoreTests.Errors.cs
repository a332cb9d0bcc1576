namespace ProfileGraph.Data.Tests.Store;

public abstract partial class DocumentStoreTests
{
    public static TheoryData<string, Filter, string> BadFilters => new()
    {
        { "unknown path", Filter.Eq("nickname", "x"), QueryErrorCodes.UnknownPath },
        { "path with SQL in it", Filter.Eq("age') OR 1=1 --", 1), QueryErrorCodes.InvalidPath },
        { "string for an int", Filter.Eq("age", "ten"), QueryErrorCodes.TypeMismatch },
        { "fraction for an int", Filter.Gt("age", 1.5), QueryErrorCodes.TypeMismatch },
        { "int for a string", Filter.In("email", 1), QueryErrorCodes.TypeMismatch },
        { "bad datetime", Filter.Lt("birth", "yesterday"), QueryErrorCodes.TypeMismatch },
        { "gt null", Filter.Gt("age", null), QueryErrorCodes.NullNotAllowed },
        { "contains null", Filter.Contains("email", null), QueryErrorCodes.NullNotAllowed },
        { "contains on an int", Filter.Contains("age", "1"), QueryErrorCodes.OperatorNotSupported },
        { "gt on a bool", Filter.Gt("active", true), QueryErrorCodes.OperatorNotSupported },
        { "eq on a list", Filter.Eq("tags", "x"), QueryErrorCodes.OperatorNotSupported },
        { "some on a scalar", Filter.Some("email", Filter.Eq("", "x")), QueryErrorCodes.OperatorNotSupported },
        { "item path inside some", Filter.Some("tags", Filter.Eq("name", "x")), QueryErrorCodes.UnknownPath },
    };

    [Theory]
    [MemberData(nameof(BadFilters))]
    public async Task Bad_filters_fail_with_a_stable_code(string name, Filter filter, string code)
    {
        var error = await Assert.ThrowsAsync<QueryException>(() => Store.QueryAsync(Project, new QueryModel { Where = filter }));
        Assert.True(code == error.Code, $"{name}: {error.Code} {error.Message}");
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    [Fact]
    public async Task Tampered_cursor_is_rejected()
    {
        await SeedAsync(("a", "{}"), ("b", "{}"));
        var cursor = (await Store.QueryAsync(Project, new QueryModel { Take = 1 })).EndCursor!;
        var tampered = (cursor[0] == 'A' ? 'B' : 'A') + cursor[1..];
        Assert.Equal(QueryErrorCodes.InvalidCursor, (await Assert.ThrowsAsync<QueryException>(() => Store.QueryAsync(Project, new QueryModel { After = tampered }))).Code);
        Assert.Equal(QueryErrorCodes.InvalidCursor, (await Assert.ThrowsAsync<QueryException>(() => Store.QueryAsync(Project, new QueryModel { After = "%%%" }))).Code);
        Assert.Equal(QueryErrorCodes.CursorMismatch, (await Assert.ThrowsAsync<QueryException>(() =>
            Store.QueryAsync(Project, new QueryModel { After = cursor, Order = [SortField.Desc("age")] }))).Code);
    }

    [Theory]
    [InlineData("nickname", QueryErrorCodes.UnknownPath)]
    [InlineData("tags", QueryErrorCodes.NotSortable)]
    [InlineData("properties", QueryErrorCodes.NotSortable)]
    public async Task Unknown_or_unsortable_sort_fields_are_rejected(string path, string code)
    {
        var error = await Assert.ThrowsAsync<QueryException>(() => Store.QueryAsync(Project, new QueryModel { Order = [SortField.Asc(path)] }));
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public async Task Bad_paging_is_rejected()
    {
        Assert.Equal(QueryErrorCodes.InvalidPaging, (await Assert.ThrowsAsync<QueryException>(() => Store.QueryAsync(Project, new QueryModel { Take = -1 }))).Code);
        Assert.Equal(QueryErrorCodes.InvalidPaging, (await Assert.ThrowsAsync<QueryException>(() => Store.QueryAsync(Project, new QueryModel { Take = 5000 }))).Code);
        Assert.Equal(QueryErrorCodes.InvalidPaging, (await Assert.ThrowsAsync<QueryException>(() => Store.QueryAsync(Project, new QueryModel { Skip = 1, After = "x" }))).Code);
    }

    [Fact]
    public async Task Bad_writes_are_rejected_before_anything_is_written()
    {
        await SeedAsync(("w", """{"age":1}"""));
        async Task<string> Code(Func<Task> write) => (await Assert.ThrowsAsync<QueryException>(write)).Code;

        Assert.Equal(QueryErrorCodes.TypeMismatch, await Code(() => Store.UpdateAsync(Project, "w", new UpdateOperations().Set("age", 2).Set("email", 5))));
        Assert.Equal(QueryErrorCodes.UnknownPath, await Code(() => Store.UpdateAsync(Project, "w", new UpdateOperations().Set("undeclared", 1))));
        Assert.Equal(QueryErrorCodes.ReadOnlyPath, await Code(() => Store.UpdateAsync(Project, "w", new UpdateOperations().Set("version", 9))));
        Assert.Equal(QueryErrorCodes.OperatorNotSupported, await Code(() => Store.UpdateAsync(Project, "w", new UpdateOperations().Increment("email", 1L))));
        Assert.Equal(QueryErrorCodes.TypeMismatch, await Code(() => Store.UpdateAsync(Project, "w", new UpdateOperations().Increment("age", 0.5))));
        Assert.Equal(QueryErrorCodes.TypeMismatch, await Code(() => Store.UpdateAsync(Project, "w", new UpdateOperations().Append("tags", 1))));
        Assert.Equal(QueryErrorCodes.UnknownPath, await Code(() => Store.UpsertAsync(Project, "w", Json("""{"age":2,"nope":1}"""))));
        Assert.Equal(QueryErrorCodes.TypeMismatch, await Code(() => Store.UpsertAsync(Project, "w", Json("""{"tags":"notalist"}"""))));
        Assert.Equal(QueryErrorCodes.InvalidProject, await Code(() => Store.UpsertAsync(" ", "w", Json("{}"))));
        Assert.Equal(QueryErrorCodes.InvalidId, await Code(() => Store.UpsertAsync(Project, "", Json("{}"))));

        var document = (await Store.GetByIdsAsync(Project, ["w"]))[0]!;
        Assert.Equal((1L, """{"age":1}"""), (document.Version, document.Body.ToJsonString()));
    }
}

namespace ProfileGraph.Data.Tests.Store;

public abstract partial class DocumentStoreTests
{
    private Task SeedPeopleAsync() => SeedAsync(
        ("a", """{"firstName":"Ada","email":"ada@x.io","age":36,"score":9.5,"active":true,"birth":"1815-12-10T00:00:00Z","tags":["math","poet"],"scores":[1,2,3],"properties":{"vipLevel":3,"nickname":"countess"}}"""),
        ("b", """{"firstName":"Bob","email":"bob@y.io","age":25,"score":5,"active":false,"tags":["dev"],"scores":[5],"properties":{"vipLevel":1}}"""),
        ("c", """{"firstName":"carl","age":null,"tags":[],"properties":{}}"""),
        ("d", """{"firstName":"Dora","email":"dora@x.io","age":25,"active":true,"birth":"1990-01-01T12:00:00+02:00","tags":["math","dev"],"scores":[2,4]}"""),
        ("e", "{}"));

    public static TheoryData<string, Filter, string> Operators => new()
    {
        { "eq", Filter.Eq("firstName", "Ada"), "a" },
        { "eq null matches null and missing", Filter.Eq("email", null), "c,e" },
        { "eq on the id", Filter.Eq("id", "d"), "d" },
        { "neq matches null and missing", Filter.Neq("email", "ada@x.io"), "b,c,d,e" },
        { "neq null", Filter.Neq("email", null), "a,b,d" },
        { "gt", Filter.Gt("age", 25), "a" },
        { "gte", Filter.Gte("age", 25), "a,b,d" },
        { "lt", Filter.Lt("age", 36), "b,d" },
        { "lte", Filter.Lte("age", 25), "b,d" },
        { "gt float", Filter.Gt("score", 6.5), "a" },
        { "lt datetime", Filter.Lt("birth", new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero)), "a" },
        { "eq datetime normalizes the offset", Filter.Eq("birth", "1990-01-01T10:00:00Z"), "d" },
        { "eq bool", Filter.Eq("active", false), "b" },
        { "in", Filter.In("age", 25, 36), "a,b,d" },
        { "in with null", Filter.In("age", 36, null), "a,c,e" },
        { "in empty", Filter.In("age"), "" },
        { "nin matches null and missing", Filter.Nin("age", 25), "a,c,e" },
        { "nin with null", Filter.Nin("age", 25, null), "a" },
        { "contains", Filter.Contains("email", "@x"), "a,d" },
        { "contains is case-sensitive", Filter.Contains("firstName", "ADA"), "" },
        { "ncontains matches null and missing", Filter.NContains("email", "@x"), "b,c,e" },
        { "startsWith", Filter.StartsWith("firstName", "D"), "d" },
        { "nStartsWith", Filter.NStartsWith("firstName", "D"), "a,b,c,e" },
        { "endsWith", Filter.EndsWith("email", ".io"), "a,b,d" },
        { "endsWith longer than the value", Filter.EndsWith("firstName", "xxxxxxAda"), "" },
        { "nEndsWith", Filter.NEndsWith("email", "y.io"), "a,c,d,e" },
        { "exists", Filter.Exists("email"), "a,b,d" },
        { "exists false", Filter.Exists("email", false), "c,e" },
        { "exists on an object", Filter.Exists("properties"), "a,b,c" },
        { "some eq", Filter.Some("tags", Filter.Eq("", "math")), "a,d" },
        { "some contains", Filter.Some("tags", Filter.Contains("", "e")), "a,b,d" },
        { "some gt on ints", Filter.Some("scores", Filter.Gt("", 4)), "b" },
        { "all", Filter.All("scores", Filter.Gt("", 1)), "b,d" },
        { "all is false for empty and missing lists", Filter.All("tags", Filter.Neq("", "zzz")), "a,b,d" },
        { "none", Filter.None("tags", Filter.Eq("", "dev")), "a,c,e" },
        { "any", Filter.Any("tags"), "a,b,d" },
        { "any false", Filter.Any("tags", false), "c,e" },
        { "custom property", Filter.Gte("properties.vipLevel", 1), "a,b" },
        { "custom property string", Filter.Eq("properties.nickname", "countess"), "a" },
        { "and", Filter.And(Filter.Eq("age", 25), Filter.Eq("active", true)), "d" },
        { "or", Filter.Or(Filter.Eq("age", 36), Filter.Eq("active", false)), "a,b" },
        { "not matches where the inner test is unknown", Filter.Not(Filter.Gt("age", 30)), "b,c,d,e" },
        { "empty and", Filter.And(), "a,b,c,d,e" },
        { "empty or", Filter.Or(), "" },
    };

    [Theory]
    [MemberData(nameof(Operators))]
    public async Task Filter_operator_selects_exactly_the_expected_documents(string name, Filter filter, string expected)
    {
        await SeedPeopleAsync();
        Assert.True(expected == await IdsAsync(filter), name);
        Assert.Equal(expected.Length == 0 ? 0 : expected.Split(',').Length, await Store.CountAsync(Project, filter));
    }

    [Fact]
    public async Task Sort_puts_null_and_missing_first_ascending_and_last_descending()
    {
        await SeedPeopleAsync();
        Assert.Equal("c,e,b,d,a", await IdsAsync(null, SortField.Asc("age")));
        Assert.Equal("a,d,b,e,c", await IdsAsync(null, SortField.Desc("age")));
        Assert.Equal("d,a,b,c,e", await IdsAsync(null, SortField.Desc("active"), SortField.Asc("age")));
    }

    [Fact]
    public async Task Sort_on_strings_is_byte_order_on_every_store()
    {
        await SeedPeopleAsync();
        Assert.Equal("e,a,b,d,c", await IdsAsync(null, SortField.Asc("firstName")));
    }
}

using System.Text.Json;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Types;

public sealed class DefaultResolversTests
{
    [Fact]
    public void Reads_dictionary_entries()
    {
        var parent = new Dictionary<string, object?> { ["name"] = "Ada" };

        Assert.Equal("Ada", DefaultResolvers.Resolve(parent, "name"));
        Assert.Null(DefaultResolvers.Resolve(parent, "missing"));
    }

    [Fact]
    public void Reads_json_object_properties_and_turns_json_null_into_null()
    {
        using var document = JsonDocument.Parse("""{"name":"Ada","age":36,"gone":null}""");

        Assert.Equal("Ada", ((JsonElement)DefaultResolvers.Resolve(document.RootElement, "name")!).GetString());
        Assert.Equal(36, ((JsonElement)DefaultResolvers.Resolve(document.RootElement, "age")!).GetInt32());
        Assert.Null(DefaultResolvers.Resolve(document.RootElement, "gone"));
        Assert.Null(DefaultResolvers.Resolve(document.RootElement, "missing"));
    }

    [Fact]
    public void Reads_clr_properties_case_insensitively()
    {
        var parent = new Person("Ada", 36);

        Assert.Equal("Ada", DefaultResolvers.Resolve(parent, "name"));
        Assert.Equal(36, DefaultResolvers.Resolve(parent, "AGE"));
        Assert.Null(DefaultResolvers.Resolve(parent, "missing"));
        Assert.Null(DefaultResolvers.Resolve(null, "name"));
    }

    [Fact]
    public void Type_names_come_from_typename_or_the_clr_type()
    {
        Assert.Equal("Cat", DefaultResolvers.GetTypeName(new Dictionary<string, object?> { ["__typename"] = "Cat" }));
        Assert.Equal("Person", DefaultResolvers.GetTypeName(new Person("a", 1)));
    }

    private sealed record Person(string Name, int Age);
}

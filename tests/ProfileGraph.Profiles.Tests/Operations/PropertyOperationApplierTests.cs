using System.Text.Json.Nodes;
using ProfileGraph.Profiles.Operations;
using ProfileGraph.Profiles.Rules;
using static ProfileGraph.Profiles.Tests.Operations.OperationTestData;

namespace ProfileGraph.Profiles.Tests.Operations;

public sealed class PropertyOperationApplierTests
{
    private static PropertyApplyResult Apply(string current, PropertyOperations operations, int maxBytes = 4096) =>
        PropertyOperationApplier.Apply(Props(current), operations, Shipped, maxBytes);

    [Fact]
    public void Set_overwrites_and_set_once_keeps_an_existing_value()
    {
        var result = Apply("""{"member": "gold", "vipLevel": 1}""", new PropertyOperations
        {
            Set = Json("""{"vipLevel": 2}"""),
            SetOnce = Json("""{"member": "silver", "registerTime": "2024-01-01T00:00:00Z"}"""),
        });
        Assert.True(result.Succeeded);
        Assert.Equal("""{"member":"gold","vipLevel":2,"registerTime":"2024-01-01T00:00:00Z"}""", result.Properties.ToJsonString());
    }

    [Fact]
    public void Increment_adds_and_treats_an_absent_value_as_zero()
    {
        var result = Apply("""{"points": 5}""", new PropertyOperations { Increment = Json("""{"points": 10, "visits": 1}""") });
        Assert.Equal(15, result.Properties["points"]!.GetValue<long>());
        Assert.Equal(1, result.Properties["visits"]!.GetValue<long>());
    }

    [Fact]
    public void Increment_with_a_fraction_gives_a_fraction() =>
        Assert.Equal(2.5, Apply("""{"score": 1}""", new PropertyOperations { Increment = Json("""{"score": 1.5}""") }).Properties["score"]!.GetValue<double>());

    [Fact]
    public void Increment_of_a_stored_non_number_is_refused_and_nothing_changes()
    {
        var current = Props("""{"nick": "x", "points": 1}""");
        var result = PropertyOperationApplier.Apply(current, new PropertyOperations { Increment = Json("""{"nick": 1, "points": 1}""") }, Shipped, 4096);
        Assert.Equal(("nick", ViolationCodes.NotANumber), Assert.IsType<FieldViolation>(Assert.Single(result.Violations)) is var v ? (v.Key, v.Code) : default);
        Assert.Equal("""{"nick":"x","points":1}""", current.ToJsonString());
    }

    [Fact]
    public void Increment_past_the_declared_int_range_is_a_type_mismatch()
    {
        var result = Apply("""{"points": 2147483647}""", new PropertyOperations { Increment = Json("""{"points": 1}""") });
        Assert.Equal(ViolationCodes.TypeMismatch, Assert.IsType<FieldViolation>(Assert.Single(result.Violations)).Code);
    }

    [Fact]
    public void Append_adds_items_and_creates_an_absent_list()
    {
        var result = Apply("""{"hobby": ["gym"]}""", new PropertyOperations { Append = Json("""{"hobby": ["chess"], "interest": "golf"}""") });
        Assert.Equal("""{"hobby":["gym","chess"],"interest":["golf"]}""", result.Properties.ToJsonString());
    }

    [Fact]
    public void Append_to_a_stored_non_list_is_refused() =>
        Assert.Equal(ViolationCodes.NotAList, Assert.IsType<FieldViolation>(Assert.Single(
            Apply("""{"tags": "x"}""", new PropertyOperations { Append = Json("""{"tags": ["y"]}""") }).Violations)).Code);

    [Fact]
    public void Append_beyond_100_items_is_refused()
    {
        var current = new JsonObject { ["tags"] = new JsonArray(Enumerable.Range(0, 100).Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()) };
        var result = PropertyOperationApplier.Apply(current, new PropertyOperations { Append = Json("""{"tags": [100]}""") }, Shipped, 100_000);
        Assert.Equal(ViolationCodes.ListTooLong, Assert.IsType<FieldViolation>(Assert.Single(result.Violations)).Code);
    }

    [Fact]
    public void Remove_drops_every_equal_item_and_ignores_an_absent_list()
    {
        var result = Apply("""{"hobby": ["gym", "chess", "gym"]}""", new PropertyOperations { Remove = Json("""{"hobby": ["gym"], "interest": ["x"]}""") });
        Assert.Equal("""{"hobby":["chess"]}""", result.Properties.ToJsonString());
    }

    [Fact]
    public void Unset_removes_keys()
    {
        var result = Apply("""{"a": 1, "b": 2}""", new PropertyOperations { Unset = ["a", "missing"] });
        Assert.Equal("""{"b":2}""", result.Properties.ToJsonString());
    }

    [Fact]
    public void Properties_over_the_size_cap_are_refused_with_the_sizes()
    {
        var result = Apply("{}", Set($$"""{"bio": "{{new string('x', 200)}}"}"""), maxBytes: 100);
        var limit = Assert.IsType<LimitViolation>(Assert.Single(result.Violations));
        Assert.Equal(("propertiesBytes", 100, 210), (limit.Limit, limit.MaxAllowed, limit.Actual));
    }

    [Fact]
    public void Properties_exactly_at_the_size_cap_are_accepted()
    {
        // {"bio":"xxx"} is 10 bytes of framing plus the value
        var result = Apply("{}", Set($$"""{"bio": "{{new string('x', 90)}}"}"""), maxBytes: 100);
        Assert.True(result.Succeeded);
        Assert.Equal(100, result.SizeInBytes);
    }
}

using System.Text.Json.Nodes;
using ProfileGraph.Profiles.Rules;

namespace ProfileGraph.Profiles.Tests.Rules;

public sealed class PropertyValueRuleTests
{
    [Theory]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("-1.5e3")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("[\"a\", 1, true]")]
    [InlineData("[]")]
    public void Strings_numbers_booleans_and_lists_of_them_are_valid(string json) =>
        Assert.Null(PropertyValueRule.Check("k", JsonNode.Parse(json)));

    [Theory]
    [InlineData("null")]
    [InlineData("{\"a\":1}")]
    [InlineData("[[1]]")]
    [InlineData("[null]")]
    [InlineData("[{\"a\":1}]")]
    public void Null_objects_and_nested_lists_are_invalid(string json) =>
        Assert.Equal(ViolationCodes.InvalidValueType, PropertyValueRule.Check("k", JsonNode.Parse(json))?.Code);

    [Fact]
    public void A_string_of_255_characters_is_valid_and_256_is_not()
    {
        Assert.Null(PropertyValueRule.Check("k", JsonValue.Create(new string('x', 255))));
        var violation = PropertyValueRule.Check("k", JsonValue.Create(new string('x', 256)));
        Assert.Equal(ViolationCodes.StringTooLong, violation?.Code);
        Assert.Equal("k", violation?.Key);
    }

    [Fact]
    public void Characters_are_counted_as_unicode_scalars_not_utf16_units()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 255));
        Assert.Equal(510, emoji.Length);
        Assert.Null(PropertyValueRule.Check("k", JsonValue.Create(emoji)));
    }

    [Fact]
    public void A_list_of_100_items_is_valid_and_101_is_not()
    {
        var hundred = new JsonArray(Enumerable.Range(0, 100).Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());
        Assert.Null(PropertyValueRule.Check("k", hundred));
        hundred.Add(JsonValue.Create(100));
        Assert.Equal(ViolationCodes.ListTooLong, PropertyValueRule.Check("k", hundred)?.Code);
    }

    [Fact]
    public void A_too_long_string_inside_a_list_is_reported()
    {
        var list = new JsonArray(JsonValue.Create("ok"), JsonValue.Create(new string('x', 256)));
        Assert.Equal(ViolationCodes.StringTooLong, PropertyValueRule.Check("k", list)?.Code);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using ProfileGraph.Data.Storage;

namespace ProfileGraph.Data.Tests.Storage;

public sealed class StoredJsonTests
{
    [Theory]
    [InlineData("\"Ada\"")]
    [InlineData("\"\"")]
    [InlineData("\"quote \\\" and \\\\ and \\n and \\u00e9\"")]
    [InlineData("\"Zoë 東京\"")]
    [InlineData("3")]
    [InlineData("-12")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("999999999999999999")]
    [InlineData("1000000000000000000")]
    [InlineData("1.50")]
    [InlineData("1e400")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"vipLevel":3,"hobby":["a","b"],"free":{"x":1.0,"y":null,"z":[true,{"k":"v"}]}}""")]
    public void Reads_the_same_json_as_JsonNode_Parse(string text)
    {
        var expected = JsonNode.Parse(text);
        var actual = StoredJson.Parse(text);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{actual?.ToJsonString()} differs from {text}");
        Assert.Equal(expected!.GetValueKind(), actual!.GetValueKind());
        Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
    }

    [Fact]
    public void Reads_the_null_literal_as_null() => Assert.Null(StoredJson.Parse("null"));

    [Fact]
    public void Keeps_numbers_as_their_exact_text()
    {
        var value = StoredJson.Parse("""{"n":12345678901234567890123}""")!["n"]!.AsValue();
        Assert.True(value.TryGetValue(out JsonElement element));
        Assert.Equal("12345678901234567890123", element.GetRawText());
    }

    [Theory]
    [InlineData("7", 7L)]
    [InlineData("-12", -12L)]
    [InlineData("0", 0L)]
    [InlineData("999999999999999999", 999999999999999999L)]
    public void Reads_a_plain_integer_as_a_long(string text, long expected)
    {
        var value = StoredJson.Parse(text)!.AsValue();
        Assert.True(value.TryGetValue(out long actual));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("-0")]
    [InlineData("1.0")]
    [InlineData("1e3")]
    [InlineData("1000000000000000000")]
    public void Keeps_other_numbers_as_their_text(string text)
    {
        var value = StoredJson.Parse(text)!.AsValue();
        Assert.True(value.TryGetValue(out JsonElement element));
        Assert.Equal(text, element.GetRawText());
    }

    [Fact]
    public void Reads_strings_as_plain_values()
    {
        var value = StoredJson.Parse("\"a\\tb\"")!.AsValue();
        Assert.Equal("a\tb", value.GetValue<string>());
        Assert.False(value.TryGetValue(out JsonElement _));
    }
}

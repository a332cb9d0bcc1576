using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProfileGraph.Data.Tests.Infrastructure;
using ProfileGraph.Data.Updates;

namespace ProfileGraph.Data.Tests.Updates;

/// <summary>
/// <see cref="BodyValidator.WriteNormalized"/> (the bulk load's path) against <see cref="BodyValidator.Normalize"/>
/// followed by serialization and <see cref="PropertyBytes.Measure"/> (every other write's path).
/// </summary>
public sealed class BodyValidatorTests
{
    private static readonly DocumentSchema Schema = TestSchema.Create();

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"firstName":"Ada","age":36,"score":1.50,"active":true,"tags":["a","b"],"scores":[1,-2]}""")]
    [InlineData("""{"firstName":null,"age":null,"properties":null}""")]
    [InlineData("""{"properties":{}}""")]
    [InlineData("""{"properties":{"free":null}}""")]
    [InlineData("""{"properties":{"vipLevel":3,"nickname":"Zoë 東京 \"q\" \\ \n <&>","free":{"x":1.0,"y":null,"z":[true,null,{"k":"v"}]},"big":12345678901234567890123}}""")]
    [InlineData("""{"birth":"2024-05-01T10:00:00+02:00","age":-0,"properties":{"visits":9223372036854775807}}""")]
    [InlineData("""{"devices":[{"platform":"ios","build":7,"lastActive":"2024-05-01T08:00:00Z","extra":{"a":null},"gone":null},{}]}""")]
    [InlineData("""{"lastName":"\ud83d\ude00 emoji","properties":{"e":"\ud83d\ude00","c":"\u0001"}}""")]
    public void Writes_what_Normalize_serializes_and_counts_what_Measure_counts(string json)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        var normalized = BodyValidator.Normalize(Schema, body);

        var (written, bytes) = Write(body);

        Assert.True(JsonNode.DeepEquals(normalized, JsonNode.Parse(written)), $"{written} differs from {normalized.ToJsonString()}");
        Assert.Equal(PropertyBytes.Measure(normalized["properties"]), bytes);
    }

    [Fact]
    public void Takes_integers_held_as_CLR_numbers_as_Normalize_does()
    {
        var body = new JsonObject
        {
            ["age"] = 36,
            ["scores"] = new JsonArray(1L, 2.0, (byte)3),
            ["properties"] = new JsonObject { ["vipLevel"] = 4m, ["nickname"] = "n" },
        };
        var normalized = BodyValidator.Normalize(Schema, body);

        var (written, bytes) = Write(body);

        Assert.Equal(normalized.ToJsonString(), written);
        Assert.Equal(PropertyBytes.Measure(normalized["properties"]), bytes);
    }

    [Theory]
    [InlineData("""{"age":1.5}""")]
    [InlineData("""{"age":1e2}""")]
    [InlineData("""{"age":9223372036854775808}""")]
    [InlineData("""{"tags":["a",null]}""")]
    [InlineData("""{"tags":"a"}""")]
    [InlineData("""{"devices":[1]}""")]
    [InlineData("""{"properties":[]}""")]
    [InlineData("""{"unknown":1}""")]
    [InlineData("""{"id":"x"}""")]
    [InlineData("""{"birth":"not a date"}""")]
    [InlineData("""{"age":"old","tags":[1]}""")]
    [InlineData("""{"properties":{"bad-name":1}}""")]
    public void Rejects_what_Normalize_rejects_with_the_same_error(string json)
    {
        var body = JsonNode.Parse(json)!.AsObject();

        var expected = Assert.Throws<QueryException>(() => BodyValidator.Normalize(Schema, body));
        var actual = Assert.Throws<QueryException>(() => Write(body));

        Assert.Equal((expected.Code, expected.Message), (actual.Code, actual.Message));
    }

    private static (string Json, int PropertiesBytes) Write(JsonObject body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, PropertyBytes.WriterOptions);
        var bytes = BodyValidator.WriteNormalized(Schema, body, writer);
        writer.Flush();
        return (Encoding.UTF8.GetString(buffer.WrittenSpan), bytes);
    }
}

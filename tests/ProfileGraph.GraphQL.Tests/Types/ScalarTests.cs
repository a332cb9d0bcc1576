using System.Text;
using System.Text.Json;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Types.Scalars;

namespace ProfileGraph.GraphQL.Tests.Types;

public sealed class ScalarTests
{
    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static string Serialize(ScalarType scalar, object value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            scalar.Serialize(value, writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Int_accepts_32_bit_integers()
    {
        Assert.Equal(42, BuiltInScalars.Int.ParseLiteral(new IntValueNode("42")));
        Assert.Equal(-2147483648, BuiltInScalars.Int.ParseValue(Json("-2147483648")));
        Assert.Equal(3, BuiltInScalars.Int.ParseValue(Json("3.0")));
    }

    [Fact]
    public void Int_rejects_out_of_range_fractional_and_non_numeric_input()
    {
        Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.Int.ParseLiteral(new IntValueNode("2147483648")));
        Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.Int.ParseLiteral(new FloatValueNode("1.5")));
        Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.Int.ParseValue(Json("1.5")));
        Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.Int.ParseValue(Json("1e20")));
        Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.Int.ParseValue(Json("\"1\"")));
    }

    [Fact]
    public void Int_serializes_integral_values_only()
    {
        Assert.Equal("7", Serialize(BuiltInScalars.Int, 7L));
        Assert.Equal("7", Serialize(BuiltInScalars.Int, 7.0));
        Assert.Throws<ScalarCoercionException>(() => Serialize(BuiltInScalars.Int, 7.5));
        Assert.Throws<ScalarCoercionException>(() => Serialize(BuiltInScalars.Int, 3_000_000_000L));
        Assert.Throws<ScalarCoercionException>(() => Serialize(BuiltInScalars.Int, "7"));
    }

    [Fact]
    public void Float_accepts_ints_and_floats_but_not_strings()
    {
        Assert.Equal(1.0, BuiltInScalars.Float.ParseLiteral(new IntValueNode("1")));
        Assert.Equal(1.5, BuiltInScalars.Float.ParseLiteral(new FloatValueNode("1.5")));
        Assert.Equal(2.5, BuiltInScalars.Float.ParseValue(Json("2.5")));
        Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.Float.ParseLiteral(new StringValueNode("1.5")));
        Assert.Equal("2.5", Serialize(BuiltInScalars.Float, 2.5f));
        Assert.Throws<ScalarCoercionException>(() => Serialize(BuiltInScalars.Float, double.NaN));
    }

    [Fact]
    public void String_and_Boolean_are_strict()
    {
        Assert.Equal("x", BuiltInScalars.String.ParseLiteral(new StringValueNode("x")));
        Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.String.ParseLiteral(new IntValueNode("1")));
        Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.String.ParseValue(Json("1")));
        Assert.Equal(true, BuiltInScalars.Boolean.ParseValue(Json("true")));
        Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.Boolean.ParseLiteral(new IntValueNode("1")));
        Assert.Equal("\"a\\\"b\"", Serialize(BuiltInScalars.String, "a\"b"));
        Assert.Equal("false", Serialize(BuiltInScalars.Boolean, false));
    }

    [Fact]
    public void Id_accepts_strings_and_integers_and_serializes_as_string()
    {
        Assert.Equal("abc", BuiltInScalars.ID.ParseLiteral(new StringValueNode("abc")));
        Assert.Equal("123", BuiltInScalars.ID.ParseLiteral(new IntValueNode("123")));
        Assert.Equal("123", BuiltInScalars.ID.ParseValue(Json("123")));
        Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.ID.ParseLiteral(new FloatValueNode("1.5")));
        Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.ID.ParseValue(Json("true")));
        Assert.Equal("\"5\"", Serialize(BuiltInScalars.ID, 5));
    }

    [Fact]
    public void DateTime_parses_iso_8601_with_offset()
    {
        var parsed = (DateTimeOffset)BuiltInScalars.DateTime.ParseLiteral(new StringValueNode("2024-01-31T08:30:00.123+02:00"))!;
        Assert.Equal(new DateTimeOffset(2024, 1, 31, 8, 30, 0, 123, TimeSpan.FromHours(2)), parsed);
        Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)BuiltInScalars.DateTime.ParseValue(Json("\"2024-01-31T08:30:00Z\""))!).Offset);
    }

    [Theory]
    [InlineData("2024-01-31")]
    [InlineData("2024-01-31T08:30:00")]
    [InlineData("yesterday")]
    [InlineData("2024-13-31T08:30:00Z")]
    public void DateTime_rejects_values_without_date_time_and_offset(string text)
    {
        Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.DateTime.ParseLiteral(new StringValueNode(text)));
    }

    [Fact]
    public void DateTime_serializes_like_HotChocolate()
    {
        Assert.Equal("\"2024-01-31T08:30:00.000Z\"", Serialize(BuiltInScalars.DateTime, new DateTimeOffset(2024, 1, 31, 8, 30, 0, TimeSpan.Zero)));
        Assert.Equal("\"2024-01-31T08:30:00.500+02:00\"", Serialize(BuiltInScalars.DateTime, new DateTimeOffset(2024, 1, 31, 8, 30, 0, 500, TimeSpan.FromHours(2))));
        Assert.Equal("\"2024-01-31T08:30:00.000Z\"", Serialize(BuiltInScalars.DateTime, new DateTime(2024, 1, 31, 8, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void DateTime_writes_the_utc_form_with_padded_fields_and_truncated_milliseconds()
    {
        Assert.Equal("\"0005-02-03T04:05:06.007Z\"", Serialize(BuiltInScalars.DateTime, new DateTimeOffset(5, 2, 3, 4, 5, 6, 7, TimeSpan.Zero)));
        Assert.Equal("\"9999-12-31T23:59:59.999Z\"", Serialize(BuiltInScalars.DateTime, DateTimeOffset.MaxValue));
        Assert.Equal("\"2024-01-31T08:30:00.123Z\"", Serialize(BuiltInScalars.DateTime, new DateTime(2024, 1, 31, 8, 30, 0, DateTimeKind.Utc).AddTicks(1_239_999)));
        Assert.Equal("2024-01-31T08:30:00.123Z", ((StringValueNode)BuiltInScalars.DateTime.ToLiteral(new DateTimeOffset(2024, 1, 31, 8, 30, 0, 123, TimeSpan.Zero))).Value);
    }

    [Theory]
    [InlineData("2024-01-31T08:30:00.123Z", "2024-01-31T08:30:00.123Z")]
    [InlineData("2024-02-29T23:59:59.000Z", "2024-02-29T23:59:59.000Z")]
    [InlineData("2024-01-31T08:30:00Z", "2024-01-31T08:30:00.000Z")]
    [InlineData("2024-01-31T08:30:00.5Z", "2024-01-31T08:30:00.500Z")]
    [InlineData("2024-01-31T10:30:00.000+02:00", "2024-01-31T10:30:00.000+02:00")]
    public void DateTime_writes_a_stored_string_in_its_own_form(string stored, string written)
    {
        Assert.Equal($"\"{written}\"", Serialize(BuiltInScalars.DateTime, stored));
    }

    [Theory]
    [InlineData("2023-02-29T08:30:00.000Z")]
    [InlineData("2024-04-31T08:30:00.000Z")]
    [InlineData("2024-01-31T24:00:00.000Z")]
    [InlineData("0000-01-31T08:30:00.000Z")]
    [InlineData("2024-01-31T08:3a:00.000Z")]
    [InlineData("not a date at all, 24 ch")]
    public void DateTime_refuses_to_write_a_string_that_is_no_instant(string stored)
    {
        Assert.Throws<ScalarCoercionException>(() => Serialize(BuiltInScalars.DateTime, stored));
    }

    [Fact]
    public void Long_accepts_64_bit_integers()
    {
        Assert.Equal(9007199254740993L, BuiltInScalars.Long.ParseLiteral(new IntValueNode("9007199254740993")));
        Assert.Equal(-5L, BuiltInScalars.Long.ParseValue(Json("-5")));
        Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.Long.ParseLiteral(new IntValueNode("9223372036854775808")));
        Assert.Equal("9223372036854775807", Serialize(BuiltInScalars.Long, long.MaxValue));
    }

    [Fact]
    public void Json_holds_any_value()
    {
        var literal = Parser.ParseValue("""{ a: [1, 2.5, "x", true, null], b: { c: ENUMISH } }""");
        var element = (JsonElement)BuiltInScalars.Json.ParseLiteral(literal)!;

        Assert.Equal("""{"a":[1,2.5,"x",true,null],"b":{"c":"ENUMISH"}}""", element.GetRawText());
        Assert.Equal("[1,2]", ((JsonElement)BuiltInScalars.Json.ParseValue(Json("[1,2]"))!).GetRawText());
        Assert.Equal("""{"x":1}""", Serialize(BuiltInScalars.Json, Json("""{"x":1}""")));
        Assert.Equal("""{"Name":"n"}""", Serialize(BuiltInScalars.Json, new { Name = "n" }));
        Assert.Equal("{a: [1]}", Printer.Print(BuiltInScalars.Json.ToLiteral(Json("""{"a":[1]}"""))));
    }

    [Fact]
    public void Json_rejects_variables_inside_literals()
    {
        Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.Json.ParseLiteral(Parser.ParseValue("{ a: $v }")));
    }

    [Fact]
    public void Scalars_turn_values_back_into_literals()
    {
        Assert.Equal("5", Printer.Print(BuiltInScalars.Int.ToLiteral(5)));
        Assert.Equal("1.5", Printer.Print(BuiltInScalars.Float.ToLiteral(1.5)));
        Assert.Equal("\"a\"", Printer.Print(BuiltInScalars.String.ToLiteral("a")));
        Assert.Equal("true", Printer.Print(BuiltInScalars.Boolean.ToLiteral(true)));
        Assert.Equal("null", Printer.Print(BuiltInScalars.ID.ToLiteral(null)));
    }
}

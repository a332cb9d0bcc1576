using System.Text.Json;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Types.Coercion;

namespace ProfileGraph.GraphQL.Tests.Types;

public sealed class CoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        enum Color { RED GREEN }
        input Point { x: Int! y: Int = 0 tags: [String!] }
        input By @oneOf { id: ID name: String }
        type Query {
          f(a: Int, b: Int! = 5, c: Int!, list: [Int], point: Point, color: Color, by: By, nonNullList: [Int!]): Int
        }
        """).Build();

    private static OutputField F => Schema.QueryType.Fields["f"];

    private static IReadOnlyList<GraphQLError> Variables(string operation, string? json, out IReadOnlyDictionary<string, object?> values)
    {
        var document = Parser.Parse(operation);
        var op = (OperationDefinitionNode)document.Definitions[0];
        JsonElement? variables = json is null ? null : JsonDocument.Parse(json).RootElement;
        return ValueCoercion.CoerceVariableValues(Schema, op, variables, out values);
    }

    private static Dictionary<string, object?> Arguments(string field, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var document = Parser.Parse("{ " + field + " }");
        var op = (OperationDefinitionNode)document.Definitions[0];
        var node = (FieldNode)op.SelectionSet.Selections[0];
        return ValueCoercion.CoerceArgumentValues(F, node.Arguments, variables, node);
    }

    private static GraphQLError ArgumentError(string field, IReadOnlyDictionary<string, object?>? variables = null) =>
        Assert.Throws<GraphQLException>(() => Arguments(field, variables)).Error;

    [Fact]
    public void Arguments_take_literals_defaults_and_omit_missing_optional_ones()
    {
        var args = Arguments("f(c: 1, color: RED)");

        Assert.Equal(1, args["c"]);
        Assert.Equal(5, args["b"]);
        Assert.Equal("RED", args["color"]);
        Assert.False(args.ContainsKey("a"));
    }

    [Fact]
    public void Explicit_null_is_kept_distinct_from_absent()
    {
        var args = Arguments("f(c: 1, a: null)");

        Assert.True(args.ContainsKey("a"));
        Assert.Null(args["a"]);
    }

    [Fact]
    public void Missing_required_argument_is_an_error_with_location()
    {
        var error = ArgumentError("f");

        Assert.Equal("Argument \"c\" of required type \"Int!\" was not provided.", error.Message);
        Assert.Equal("HC0018", error.Code);
        Assert.Equal(new SourceLocation(1, 3), Assert.Single(error.Locations!));
    }

    [Fact]
    public void Null_for_a_non_null_argument_is_an_error()
    {
        Assert.Equal("Argument \"c\" of non-null type \"Int!\" must not be null.", ArgumentError("f(c: null)").Message);
    }

    [Fact]
    public void Invalid_literal_names_the_argument_and_reason()
    {
        var error = ArgumentError("f(c: \"x\")");

        Assert.StartsWith("Argument \"c\" has invalid value \"x\". Expected type \"Int\".", error.Message, StringComparison.Ordinal);
        Assert.Equal("HC0016", error.Code);
    }

    [Fact]
    public void Variables_supply_arguments_and_missing_variables_fall_back_to_defaults()
    {
        var variables = new Dictionary<string, object?> { ["v"] = 7 };

        var args = Arguments("f(c: $v, b: $missing, a: $missing)", variables);

        Assert.Equal(7, args["c"]);
        Assert.Equal(5, args["b"]);
        Assert.False(args.ContainsKey("a"));
    }

    [Fact]
    public void Null_variable_for_a_non_null_argument_is_an_error()
    {
        var error = ArgumentError("f(c: $v)", new Dictionary<string, object?> { ["v"] = null });

        Assert.Contains("must not be null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_values_become_lists()
    {
        var args = Arguments("f(c: 1, list: 3, nonNullList: 4)");

        Assert.Equal([3], (IReadOnlyList<object?>)args["list"]!);
        Assert.Equal([4], (IReadOnlyList<object?>)args["nonNullList"]!);
    }

    [Fact]
    public void Input_objects_hold_given_and_defaulted_fields()
    {
        var point = (IReadOnlyDictionary<string, object?>)Arguments("f(c: 1, point: { x: 1, tags: \"t\" })")["point"]!;

        Assert.Equal(1, point["x"]);
        Assert.Equal(0, point["y"]);
        Assert.Equal(["t"], (IReadOnlyList<object?>)point["tags"]!);
    }

    [Fact]
    public void Input_object_literal_errors()
    {
        Assert.Contains("Field \"x\" of required type \"Int!\" was not provided.", ArgumentError("f(c: 1, point: { y: 1 })").Message, StringComparison.Ordinal);
        Assert.Contains("Field \"z\" is not defined by type \"Point\".", ArgumentError("f(c: 1, point: { x: 1, z: 1 })").Message, StringComparison.Ordinal);
        Assert.Contains("Value \"BLUE\" does not exist in \"Color\" enum.", ArgumentError("f(c: 1, color: BLUE)").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneOf_literals_need_exactly_one_non_null_field()
    {
        Assert.Equal("abc", ((IReadOnlyDictionary<string, object?>)Arguments("f(c: 1, by: { id: \"abc\" })")["by"]!)["id"]);
        Assert.Equal("HC0054", ArgumentError("f(c: 1, by: {})").Code);
        Assert.Equal("HC0055", ArgumentError("f(c: 1, by: { id: 1, name: \"n\" })").Code);
        Assert.Equal("HC0056", ArgumentError("f(c: 1, by: { id: null })").Code);
        Assert.Equal("HC0056", ArgumentError("f(c: 1, by: { id: $v })", new Dictionary<string, object?> { ["v"] = null }).Code);
    }

    [Fact]
    public void Variables_are_coerced_from_json()
    {
        var errors = Variables(
            "query($a: Int, $p: Point, $l: [Int], $c: Color, $d: Int = 3, $absent: Int) { f(c: 1) }",
            """{"a": 1, "p": {"x": 2}, "l": 5, "c": "GREEN"}""",
            out var values);

        Assert.Empty(errors);
        Assert.Equal(1, values["a"]);
        Assert.Equal(2, ((IReadOnlyDictionary<string, object?>)values["p"]!)["x"]);
        Assert.Equal(0, ((IReadOnlyDictionary<string, object?>)values["p"]!)["y"]);
        Assert.Equal([5], (IReadOnlyList<object?>)values["l"]!);
        Assert.Equal("GREEN", values["c"]);
        Assert.Equal(3, values["d"]);
        Assert.False(values.ContainsKey("absent"));
    }

    [Fact]
    public void Explicit_null_variable_is_kept()
    {
        Assert.Empty(Variables("query($a: Int = 1) { f(c: 1) }", """{"a": null}""", out var values));
        Assert.True(values.ContainsKey("a"));
        Assert.Null(values["a"]);
    }

    [Fact]
    public void Missing_or_null_required_variables_are_errors()
    {
        var missing = Assert.Single(Variables("query($a: Int!) { f(c: $a) }", "{}", out _));
        Assert.Equal("Variable \"$a\" of required type \"Int!\" was not provided.", missing.Message);
        Assert.Equal("HC0018", missing.Code);
        Assert.Equal(new SourceLocation(1, 7), Assert.Single(missing.Locations!));

        var isNull = Assert.Single(Variables("query($a: Int!) { f(c: $a) }", """{"a": null}""", out _));
        Assert.Equal("Variable \"$a\" of non-null type \"Int!\" must not be null.", isNull.Message);
    }

    [Fact]
    public void Invalid_variable_values_report_the_path_inside_the_value()
    {
        var errors = Variables(
            "query($p: Point, $l: [Int!], $n: Int) { f(c: 1) }",
            """{"p": {"x": "one"}, "l": [1, null], "n": 1.5}""",
            out _);

        Assert.Equal(3, errors.Count);
        Assert.StartsWith("Variable \"$p\" got invalid value \"one\" at \"p.x\"; Expected type \"Int\".", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("Variable \"$l\" got invalid value null at \"l[1]\"; Expected non-nullable type \"Int!\" not to be null.", errors[1].Message);
        Assert.StartsWith("Variable \"$n\" got invalid value 1.5; Expected type \"Int\".", errors[2].Message, StringComparison.Ordinal);
        Assert.Equal("HC0016", errors[0].Code);
    }

    [Fact]
    public void Unknown_and_missing_input_fields_in_variables_are_errors()
    {
        var errors = Variables("query($p: Point) { f(c: 1) }", """{"p": {"z": 1}}""", out _);

        Assert.Contains(errors, e => e.Message.Contains("Field \"x\" of required type \"Int!\" was not provided.", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("Field \"z\" is not defined by type \"Point\".", StringComparison.Ordinal));
    }

    [Fact]
    public void OneOf_variables_need_exactly_one_non_null_field()
    {
        Assert.Empty(Variables("query($b: By) { f(c: 1) }", """{"b": {"name": "n"}}""", out _));
        Assert.Equal("HC0054", Assert.Single(Variables("query($b: By) { f(c: 1) }", """{"b": {}}""", out _)).Code);
        Assert.Equal("HC0055", Assert.Single(Variables("query($b: By) { f(c: 1) }", """{"b": {"id": "1", "name": "n"}}""", out _)).Code);
        Assert.Equal("HC0056", Assert.Single(Variables("query($b: By) { f(c: 1) }", """{"b": {"id": null}}""", out _)).Code);
    }

    [Fact]
    public void Enum_variables_must_be_known_names()
    {
        var error = Assert.Single(Variables("query($c: Color) { f(c: 1) }", """{"c": "BLUE"}""", out _));

        Assert.Contains("Value \"BLUE\" does not exist in \"Color\" enum.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variables_of_non_input_types_are_errors()
    {
        var error = Assert.Single(Variables("query($q: Query) { f(c: 1) }", "{}", out _));

        Assert.Equal("HC0017", error.Code);
    }

    [Fact]
    public void Variables_must_be_an_object()
    {
        Assert.Single(Variables("query($a: Int) { f(c: 1) }", "[1]", out _));
        Assert.Empty(Variables("query($a: Int) { f(c: 1) }", "null", out _));
    }

    [Fact]
    public void Value_from_ast_substitutes_variables_in_lists_and_objects()
    {
        var variables = new Dictionary<string, object?> { ["x"] = 4 };
        var listType = new ListType(Schema.GetType("Int")!);

        var list = (IReadOnlyList<object?>)ValueCoercion.ValueFromAst(Parser.ParseValue("[1, $x, $missing]"), listType, variables)!;
        var point = (IReadOnlyDictionary<string, object?>)ValueCoercion.ValueFromAst(Parser.ParseValue("{ x: $x, y: $missing }"), Schema.GetType("Point")!, variables)!;

        Assert.Equal([1, 4, null], list);
        Assert.Equal(4, point["x"]);
        Assert.Equal(0, point["y"]);
        Assert.Throws<GraphQLException>(() => ValueCoercion.ValueFromAst(Parser.ParseValue("[$missing]"), new ListType(new NonNullType(Schema.GetType("Int")!)), variables));
    }

    [Theory]
    [InlineData("[Int]", "[1, 2, 3]", "[1,2,3]")]
    [InlineData("[Int]", "1", "[1]")]
    [InlineData("[Int]", "null", "null")]
    [InlineData("[[Int]]", "[[1], [2, 3]]", "[[1],[2,3]]")]
    [InlineData("[[Int]]", "1", "[[1]]")]
    [InlineData("[[Int]]", "[1, null, 3]", "[[1],null,[3]]")]
    public void List_input_coercion_follows_the_spec_table(string type, string input, string expected)
    {
        var listType = TypeExtensions.TypeFromAst(Schema, Parser.ParseType(type))!;

        var fromLiteral = ValueCoercion.ValueFromAst(Parser.ParseValue(input), listType, null);
        var problems = ValueCoercion.CoerceInputValue(JsonDocument.Parse(input).RootElement, listType, out var fromJson);

        Assert.Empty(problems);
        Assert.Equal(expected, JsonSerializer.Serialize(fromLiteral));
        Assert.Equal(expected, JsonSerializer.Serialize(fromJson));
    }

    [Theory]
    [InlineData("[Int]", "[1, \"b\", true]")]
    [InlineData("[[Int]]", "[[1], [\"b\"]]")]
    public void List_items_of_the_wrong_type_are_rejected(string type, string input)
    {
        var listType = TypeExtensions.TypeFromAst(Schema, Parser.ParseType(type))!;

        Assert.False(ValueCoercion.TryValueFromAst(Parser.ParseValue(input), listType, null, out _));
        Assert.NotEmpty(ValueCoercion.CoerceInputValue(JsonDocument.Parse(input).RootElement, listType, out _));
    }
}

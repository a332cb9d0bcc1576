using System.Text;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Tests.Language;

public sealed class ParserTests
{
    private static void ParseError(string source, string description, int line, int column) =>
        SyntaxAssert.SyntaxError(() => Parser.Parse(source), description, line, column);

    private static T Single<T>(string source)
        where T : IDefinitionNode => Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    private static FieldNode FirstField(string source) =>
        Assert.IsType<FieldNode>(Single<OperationDefinitionNode>(source).SelectionSet.Selections[0]);

    [Fact]
    public void Shorthand_selection_set_is_an_anonymous_query()
    {
        var operation = Single<OperationDefinitionNode>("{ a }");
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        Assert.Equal("a", Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections)).Name.Value);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation Q { a }", OperationType.Mutation)]
    [InlineData("subscription Q { a }", OperationType.Subscription)]
    public void Operation_keyword_sets_the_operation_type(string source, OperationType expected)
    {
        var operation = Single<OperationDefinitionNode>(source);
        Assert.Equal((expected, "Q"), (operation.Operation, operation.Name!.Value));
    }

    [Fact]
    public void Variable_definitions_carry_type_default_and_directives()
    {
        var operation = Single<OperationDefinitionNode>(
            "query Q($a: Int = 1 @d(x: 2), $b: [String!]!, $c: In = {f: [ENUM, null]}) @op { a }");
        Assert.Equal(3, operation.VariableDefinitions.Count);
        var a = operation.VariableDefinitions[0];
        Assert.Equal("a", a.Variable.Name.Value);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(a.Type).Name.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(a.DefaultValue).Value);
        Assert.Equal("d", Assert.Single(a.Directives).Name.Value);
        var b = Assert.IsType<NonNullTypeNode>(operation.VariableDefinitions[1].Type);
        var list = Assert.IsType<ListTypeNode>(b.Type);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
        Assert.Null(operation.VariableDefinitions[1].DefaultValue);
        Assert.IsType<ObjectValueNode>(operation.VariableDefinitions[2].DefaultValue);
        Assert.Equal("op", Assert.Single(operation.Directives).Name.Value);
    }

    [Fact]
    public void Fields_take_alias_arguments_directives_and_selections()
    {
        var field = FirstField("{ alias: name(a: 1, b: $v) @include(if: $c) @skip(if: false) { sub } }");
        Assert.Equal(("alias", "name"), (field.Alias!.Value, field.Name.Value));
        Assert.Equal(["a", "b"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("v", Assert.IsType<VariableNode>(field.Arguments[1].Value).Name.Value);
        Assert.Equal(["include", "skip"], field.Directives.Select(d => d.Name.Value));
        Assert.Equal("sub", Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections)).Name.Value);
    }

    [Fact]
    public void Leaf_field_has_no_selection_set_and_empty_lists()
    {
        var field = FirstField("{ a }");
        Assert.Null(field.Alias);
        Assert.Null(field.SelectionSet);
        Assert.Empty(field.Arguments);
        Assert.Empty(field.Directives);
    }

    [Fact]
    public void Every_value_literal_kind_is_parsed()
    {
        var field = FirstField(
            "{ f(i: -12, f: 1.5e3, s: \"x\\ny\", b: \"\"\" block \"\"\", t: true, n: null, e: RED, l: [1, [2]], o: {a: {b: $v}}, v: $v) }");
        var values = field.Arguments.ToDictionary(a => a.Name.Value, a => a.Value);
        Assert.Equal("-12", Assert.IsType<IntValueNode>(values["i"]).Value);
        Assert.Equal("1.5e3", Assert.IsType<FloatValueNode>(values["f"]).Value);
        var s = Assert.IsType<StringValueNode>(values["s"]);
        Assert.Equal(("x\ny", false), (s.Value, s.Block));
        var b = Assert.IsType<StringValueNode>(values["b"]);
        Assert.Equal((" block ", true), (b.Value, b.Block));
        Assert.True(Assert.IsType<BooleanValueNode>(values["t"]).Value);
        Assert.IsType<NullValueNode>(values["n"]);
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(values["e"]).Value);
        var l = Assert.IsType<ListValueNode>(values["l"]);
        Assert.Equal(2, l.Values.Count);
        Assert.IsType<ListValueNode>(l.Values[1]);
        var o = Assert.IsType<ObjectValueNode>(values["o"]);
        var inner = Assert.IsType<ObjectValueNode>(Assert.Single(o.Fields).Value);
        Assert.IsType<VariableNode>(Assert.Single(inner.Fields).Value);
        Assert.IsType<VariableNode>(values["v"]);
    }

    [Fact]
    public void Empty_list_and_object_values_are_allowed()
    {
        var field = FirstField("{ f(a: [], b: {}) }");
        Assert.Empty(Assert.IsType<ListValueNode>(field.Arguments[0].Value).Values);
        Assert.Empty(Assert.IsType<ObjectValueNode>(field.Arguments[1].Value).Fields);
    }

    [Fact]
    public void Fragment_spreads_and_inline_fragments_are_distinguished()
    {
        var selections = Single<OperationDefinitionNode>(
            "{ ...Frag @d ... on User { id } ... @include(if: true) { name } ... { x } }").SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal(("Frag", "d"), (spread.Name.Value, Assert.Single(spread.Directives).Name.Value));
        var typed = Assert.IsType<InlineFragmentNode>(selections[1]);
        Assert.Equal("User", typed.TypeCondition!.Name.Value);
        var conditional = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(conditional.TypeCondition);
        Assert.Equal("include", Assert.Single(conditional.Directives).Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[3]).TypeCondition);
    }

    [Fact]
    public void Fragment_definition_has_name_type_condition_and_directives()
    {
        var fragment = Single<FragmentDefinitionNode>("fragment F on User @d { id }");
        Assert.Equal(("F", "User", "d"), (fragment.Name.Value, fragment.TypeCondition.Name.Value, fragment.Directives[0].Name.Value));
        Assert.Single(fragment.SelectionSet.Selections);
    }

    [Fact]
    public void Keywords_are_ordinary_names_in_field_argument_and_enum_positions()
    {
        var field = FirstField("{ query: fragment(on: on, type: query) { mutation subscription extend schema } }");
        Assert.Equal(("query", "fragment"), (field.Alias!.Value, field.Name.Value));
        Assert.Equal("on", Assert.IsType<EnumValueNode>(field.Arguments[0].Value).Value);
        Assert.Equal(4, field.SelectionSet!.Selections.Count);
    }

    [Fact]
    public void Document_keeps_definitions_in_order()
    {
        var document = Parser.Parse("query A { a } fragment F on T { b } mutation B { c } { d }");
        Assert.Equal(
            [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition, SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition],
            document.Definitions.Select(d => d.Kind));
    }

    [Fact]
    public void Locations_hold_offsets_line_and_column()
    {
        var document = Parser.Parse("\n  query Q {\n    alias: field(a: 1)\n  }\n");
        Assert.Equal(new Location(0, 40, 1, 1), document.Location);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal(new Location(3, 39, 2, 3), operation.Location);
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal(new Location(17, 35, 3, 5), field.Location);
        Assert.Equal(new Location(24, 29, 3, 12), field.Name.Location);
        Assert.Equal(new Location(33, 34, 3, 21), field.Arguments[0].Value.Location);
    }

    [Fact]
    public void No_locations_option_leaves_locations_null()
    {
        var document = Parser.Parse("{ a(b: 1) }", new ParserOptions { NoLocations = true });
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Null(document.Location);
        Assert.Null(field.Location);
        Assert.Null(field.Arguments[0].Value.Location);
    }

    [Fact]
    public void Utf8_source_parses_like_the_string()
    {
        var source = "{ f(s: \"\u00e9\U0001F600\") }";
        SyntaxAssert.Equivalent(Parser.Parse(source), Parser.Parse(Encoding.UTF8.GetBytes(source)));
    }

    [Fact]
    public void Malformed_utf8_is_a_syntax_error_at_the_bad_byte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\n  ab"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" }")];
        SyntaxAssert.SyntaxError(() => Parser.Parse(bytes), "Invalid UTF-8 byte sequence at byte 6.", 2, 5);
    }

    [Fact]
    public void Parse_value_accepts_variables_and_parse_const_value_rejects_them()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[123 \"abc\" $v]"));
        Assert.Equal([SyntaxKind.IntValue, SyntaxKind.StringValue, SyntaxKind.Variable], list.Values.Select(v => v.Kind));
        SyntaxAssert.SyntaxError(() => Parser.ParseConstValue("[$v]"), "Unexpected variable \"$v\" in constant value.", 1, 2);
        SyntaxAssert.SyntaxError(() => Parser.ParseValue("1 2"), "Expected <EOF>, found Int \"2\".", 1, 3);
    }

    [Fact]
    public void Parse_type_reads_nested_list_and_non_null()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[Int!]]!"));
        var outer = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(inner.Type).Type).Name.Value);
        SyntaxAssert.SyntaxError(() => Parser.ParseType("Int!!"), "Expected <EOF>, found \"!\".", 1, 5);
        SyntaxAssert.SyntaxError(() => Parser.ParseType("[Int"), "Expected \"]\", found <EOF>.", 1, 5);
    }

    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("   # only a comment\n", "Unexpected <EOF>.", 2, 1)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{}", "Expected Name, found \"}\".", 1, 2)]
    [InlineData("{ a }}", "Unexpected \"}\".", 1, 6)]
    [InlineData("{ f() }", "Expected Name, found \")\".", 1, 5)]
    [InlineData("{ f(a) }", "Expected \":\", found \")\".", 1, 6)]
    [InlineData("{ f(a: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("{ a: }", "Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ ... }", "Expected \"{\", found \"}\".", 1, 7)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Q($a) { a }", "Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q() { a }", "Expected \"$\", found \")\".", 1, 9)]
    [InlineData("query Q($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("query Q($a: Int @d(x: $b)) { a }", "Unexpected variable \"$b\" in constant value.", 1, 23)]
    [InlineData("query Q($a: Int = $) { a }", "Unexpected \"$\".", 1, 19)]
    [InlineData("notAnOperation { a }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F T { a }", "Expected \"on\", found Name \"T\".", 1, 12)]
    [InlineData("{ f(a: [1, 2) }", "Unexpected \")\".", 1, 13)]
    [InlineData("{ f(a: {b 1}) }", "Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("{ f @ }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("\"desc\" query { a }", "Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("\"desc\" { a }", "Unexpected \"{\".", 1, 8)]
    [InlineData("{ a\n  b(x: \"unterminated\n}", "Unterminated string.", 2, 21)]
    public void Malformed_documents_report_graphql_js_messages(string source, string description, int line, int column) =>
        ParseError(source, description, line, column);

    [Fact]
    public void Syntax_error_carries_code_hc0014_in_extensions()
    {
        var error = SyntaxAssert.SyntaxError(() => Parser.Parse("{"), "Expected Name, found <EOF>.", 1, 2);
        Assert.Equal("HC0014", error.Extensions!["code"]);
        Assert.Null(error.Path);
    }
}

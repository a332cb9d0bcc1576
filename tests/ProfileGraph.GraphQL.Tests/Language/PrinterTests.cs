using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    private static string Reprint(string source) => Printer.Print(Parser.Parse(source));

    private static void AssertRoundTrip(string source)
    {
        var ast = Parser.Parse(source);
        var printed = Printer.Print(ast);
        var reparsed = Parser.Parse(printed);
        SyntaxAssert.Equivalent(ast, reparsed);
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Fact]
    public void Executable_kitchen_sink_round_trips() => AssertRoundTrip(KitchenSink.Executable);

    [Theory]
    [InlineData("{ f(a: \"\"\"x\n  y\"\"\") { g(b: \"\"\"  lead\n\n    tail\"\"\") } }")]
    [InlineData("type T {\n  \"\"\"\n  multi\n    line\n  \"\"\"\n  f(\"\"\"arg\n doc\"\"\" a: Int): Int\n}")]
    [InlineData("query Q($v: [[Int!]] = [[1], [2, 3]], $o: In = {a: {b: [\"s\\u0001\"]}}) @d(x: -0.5e-10) { a }")]
    public void Nested_block_strings_and_values_round_trip(string source) => AssertRoundTrip(source);

    [Fact]
    public void Type_system_kitchen_sink_round_trips() => AssertRoundTrip(KitchenSink.TypeSystem);

    [Fact]
    public void Type_system_kitchen_sink_prints_in_canonical_form() =>
        Assert.Equal(KitchenSink.TypeSystem.ReplaceLineEndings("\n"), Reprint(KitchenSink.TypeSystem));

    [Fact]
    public void Executable_kitchen_sink_prints_in_canonical_form() =>
        Assert.Equal(ExecutableCanonical.ReplaceLineEndings("\n"), Reprint(KitchenSink.Executable));

    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query ($a: Int) { a }", "query ($a: Int) {\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("{ a(x: {b: [1 2], c: {}}, y: []) }", "{\n  a(x: {b: [1, 2], c: {}}, y: [])\n}")]
    [InlineData("{ ...F @d ... on T { a } }", "{\n  ...F @d\n  ... on T {\n    a\n  }\n}")]
    [InlineData("fragment F on T { a }", "fragment F on T {\n  a\n}")]
    [InlineData("type T implements & A & B @d { f(a: Int = 1 @x): [T!]! @y }", "type T implements A & B @d {\n  f(a: Int = 1 @x): [T!]! @y\n}")]
    [InlineData("union U = | A | B", "union U = A | B")]
    [InlineData("directive @d(a: Int) repeatable on | FIELD | QUERY", "directive @d(a: Int) repeatable on FIELD | QUERY")]
    [InlineData("extend schema { query: Q }", "extend schema {\n  query: Q\n}")]
    public void Prints_graphql_js_format(string source, string expected) => Assert.Equal(expected, Reprint(source));

    [Fact]
    public void Field_arguments_wrap_one_per_line_past_eighty_characters()
    {
        var printed = Reprint("{ f(first: 100, after: \"YXJyYXljb25uZWN0aW9uOjEw\", filter: {name: \"somebody with a longer name\"}) }");
        Assert.Equal(
            "{\n  f(\n    first: 100\n    after: \"YXJyYXljb25uZWN0aW9uOjEw\"\n    filter: {name: \"somebody with a longer name\"}\n  )\n}",
            printed);
    }

    [Fact]
    public void Argument_definitions_with_descriptions_print_one_per_line() =>
        Assert.Equal(
            "type T {\n  f(\n    \"the a\"\n    a: Int\n    b: Int\n  ): Int\n}",
            Reprint("type T { f(\"the a\" a: Int, b: Int): Int }"));

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("abc", "\"\"\"abc\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("a\nb", "\"\"\"\na\nb\n\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("ends with \\", "\"\"\"\nends with \\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    public void Block_strings_print_as_block_strings(string value, string expected)
    {
        var printed = Printer.Print(new StringValueNode(value, block: true));
        Assert.Equal(expected, printed);
        Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(printed)).Value);
    }

    [Theory]
    [InlineData("  a\n  b")]
    [InlineData("\nleading blank line")]
    [InlineData("trailing blank line\n")]
    [InlineData("carriage\rreturn")]
    [InlineData("control \u0001")]
    [InlineData(" ")]
    public void Block_string_values_that_would_change_print_as_plain_strings(string value)
    {
        var printed = Printer.Print(new StringValueNode(value, block: true));
        Assert.StartsWith("\"", printed);
        Assert.DoesNotMatch("^\"\"\"", printed);
        Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(printed)).Value);
    }

    [Fact]
    public void Plain_strings_escape_quotes_backslashes_and_control_characters()
    {
        var printed = Printer.Print(new StringValueNode("q\" b\\ \b\f\n\r\t \u0001 \u007F \u00e9"));
        Assert.Equal("\"q\\\" b\\\\ \\b\\f\\n\\r\\t \\u0001 \\u007F \u00e9\"", printed);
    }

    [Fact]
    public void Nodes_built_in_code_print_and_to_string_prints()
    {
        var field = new FieldNode(
            new NameNode("a"),
            new NameNode("b"),
            [new ArgumentNode(new NameNode("x"), new EnumValueNode("Y"))],
            [],
            null);
        Assert.Equal("a: b(x: Y)", Printer.Print(field));
        Assert.Equal("[Int!]", new ListTypeNode(new NonNullTypeNode(new NamedTypeNode(new NameNode("Int")))).ToString());
    }

    private const string ExecutableCanonical = """"
        query queryName($foo: ComplexType, $site: Site = MOBILE, $nonNull: [Int!]! = [1, 2] @onVariableDefinition) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id
            ... on User @onInlineFragment {
              field2 {
                id
                alias: field1(first: 10, after: $foo) @include(if: $foo) {
                  id
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers {
                count
              }
              likeSentence {
                text
              }
            }
          }
        }

        fragment frag on Friend @onFragmentDefinition {
          foo(
            size: $size
            bar: $b
            obj: {key: "value", block: """
            block string uses \"""
            """, nested: {deep: [-1.5e-3, 0, true, false, null, ENUM]}}
          )
        }

        {
          unnamed(
            truthy: true
            falsy: false
            nullish: null
            escaped: "tab\t quote\" slash\\ unicodeé 😀"
          )
          query
          __typename
        }
        """";
}

using System.Diagnostics;
using System.Text;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Tests.Language;

public sealed class ParserLimitsTests
{
    private static string NestedSelections(int depth) =>
        new StringBuilder().Insert(0, "{a", depth).Append('}', depth).ToString();

    private static string NestedLists(int depth) =>
        "{ f(a: " + new string('[', depth) + new string(']', depth) + ") }";

    private static string Aliases(int count) =>
        "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: f")) + " }";

    private static GraphQLSyntaxException Fails(string source, ParserOptions? options = null) =>
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, options));

    private static TimeSpan Time(Action action)
    {
        action();
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed;
    }

    [Fact]
    public void Default_limits_are_the_documented_ones()
    {
        var options = new ParserOptions();
        Assert.Equal((15_000, 200, (int?)2_048, false), (options.MaxTokens, options.MaxDepth, options.MaxFields, options.NoLocations));
    }

    [Fact]
    public void A_megabyte_of_open_braces_fails_fast()
    {
        var source = new string('{', 1 << 20);
        var elapsed = Time(() => Fails(source));
        Assert.Equal("Syntax Error: Expected Name, found \"{\".", Fails(source).Error.Message);
        Assert.True(elapsed < TimeSpan.FromMilliseconds(100), $"took {elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public void A_megabyte_of_nested_selections_fails_fast_on_depth()
    {
        var source = new StringBuilder().Insert(0, "{a", 1 << 19).ToString();
        var elapsed = Time(() => Fails(source));
        var error = Fails(source).Error;
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 200. Parsing aborted.", error.Message);
        Assert.Equal([new SourceLocation(1, 401)], error.Locations);
        Assert.Equal("HC0014", error.Code);
        Assert.True(elapsed < TimeSpan.FromMilliseconds(100), $"took {elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public void A_megabyte_of_open_brackets_fails_fast_on_depth()
    {
        var source = "{ f(a: " + new string('[', 1 << 20);
        var elapsed = Time(() => Fails(source));
        Assert.Contains("maximum nesting depth of 200", Fails(source).Error.Message, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromMilliseconds(100), $"took {elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public void Nesting_depth_is_allowed_up_to_the_limit()
    {
        Parser.Parse(NestedSelections(200));
        Assert.Contains("maximum nesting depth of 200", Fails(NestedSelections(201)).Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousand_deep_nesting_fails_by_default_and_parses_with_a_higher_limit()
    {
        Assert.Contains("nesting depth", Fails(NestedSelections(1000)).Error.Message, StringComparison.Ordinal);
        Assert.Contains("nesting depth", Fails(NestedLists(1000)).Error.Message, StringComparison.Ordinal);
        var type = "query Q($v: " + new string('[', 1000) + "Int" + new string(']', 1000) + ") { a }";
        Assert.Contains("nesting depth", Fails(type).Error.Message, StringComparison.Ordinal);

        var deep = new ParserOptions { MaxDepth = 1001, MaxTokens = int.MaxValue };
        Parser.Parse(NestedSelections(1000), deep);
        Parser.Parse(NestedLists(1000), deep);
        Parser.Parse(type, deep);
    }

    [Fact]
    public void Value_and_selection_nesting_share_one_depth_counter()
    {
        var options = new ParserOptions { MaxDepth = 3 };
        Parser.Parse("{ a { f(x: [1]) } }", options);
        Assert.Contains("maximum nesting depth of 3", Fails("{ a { f(x: [[1]]) } }", options).Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Token_limit_counts_every_token_but_end_of_file()
    {
        Parser.Parse("{ a }", new ParserOptions { MaxTokens = 3 });
        var error = Fails("{ a }", new ParserOptions { MaxTokens = 2 }).Error;
        Assert.Equal("Syntax Error: Document contains more than 2 tokens. Parsing aborted.", error.Message);
        Assert.Equal([new SourceLocation(1, 5)], error.Locations);
    }

    [Fact]
    public void Default_token_limit_is_fifteen_thousand()
    {
        var source = "{ " + string.Join(' ', Enumerable.Repeat("a", 15_000)) + " }";
        Assert.Contains("more than 15000 tokens", Fails(source, new ParserOptions { MaxFields = null }).Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_aliases_fail_cleanly_on_the_field_limit()
    {
        var source = Aliases(10_000);
        var elapsed = Time(() => Fails(source));
        var error = Fails(source).Error;
        Assert.Equal("Syntax Error: Document contains more than 2048 fields. Parsing aborted.", error.Message);
        Assert.Equal("HC0014", error.Code);
        Assert.True(elapsed < TimeSpan.FromMilliseconds(100), $"took {elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public void Ten_thousand_aliases_parse_without_field_and_token_limits()
    {
        var document = Parser.Parse(Aliases(10_000), new ParserOptions { MaxFields = null, MaxTokens = int.MaxValue });
        Assert.Equal(10_000, ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections.Count);
    }

    [Fact]
    public void Field_limit_counts_nested_fields()
    {
        var options = new ParserOptions { MaxFields = 3 };
        Parser.Parse("{ a { b c } }", options);
        Assert.Contains("more than 3 fields", Fails("{ a { b c } d }", options).Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trusted_options_lift_token_and_field_limits_but_keep_depth()
    {
        Parser.Parse(Aliases(10_000), ParserOptions.Trusted);
        Assert.Contains("nesting depth", Fails(NestedSelections(201), ParserOptions.Trusted).Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousand_digit_integer_parses_as_int_value_text()
    {
        var digits = "9" + new string('0', 999);
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ f(a: " + digits + ") }").Definitions[0])
            .SelectionSet.Selections[0];
        Assert.Equal(digits, Assert.IsType<IntValueNode>(field.Arguments[0].Value).Value);
    }

    [Fact]
    public void Unterminated_block_string_reports_the_end_of_input() =>
        SyntaxAssert.SyntaxError(
            () => Parser.Parse("type T {\n  \"\"\"description\n  never closed\n  f: Int\n}"),
            "Unterminated string.",
            5,
            2);

    [Fact]
    public void Invalid_characters_in_a_document_are_syntax_errors()
    {
        SyntaxAssert.SyntaxError(() => Parser.Parse("{ a\u0000 }"), "Unexpected character: U+0000.", 1, 4);
        SyntaxAssert.SyntaxError(() => Parser.Parse("{ a\n  b; }"), "Unexpected character: \";\".", 2, 4);
        SyntaxAssert.SyntaxError(() => Parser.Parse("{ a \uD800 }"), "Invalid character: U+D800.", 1, 5);
    }
}

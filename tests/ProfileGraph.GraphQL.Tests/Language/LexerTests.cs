using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static Token LexOne(string source) => new Lexer(source).Advance();

    private static List<Token> LexAll(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        while (lexer.Advance().Kind != TokenKind.EndOfFile)
        {
            tokens.Add(lexer.Token);
        }

        return tokens;
    }

    private static void LexError(string source, string message, int line, int column) =>
        SyntaxAssert.SyntaxError(() => LexAll(source), message, line, column);

    [Fact]
    public void Byte_order_mark_white_space_commas_and_comments_are_ignored()
    {
        var token = LexOne("\uFEFF \t,,, # a comment ?!\n\n    foo");
        Assert.Equal(new Token(TokenKind.Name, 27, 30, 3, 5, "foo"), token);
    }

    [Fact]
    public void Lines_end_at_crlf_cr_and_lf_each_counted_once()
    {
        var tokens = LexAll("a\r\nb\rc\nd\r\n\r\n  e");
        Assert.Equal(
            [(1, 1), (2, 1), (3, 1), (4, 1), (6, 3)],
            tokens.Select(t => (t.Line, t.Column)));
    }

    [Fact]
    public void Comment_holds_any_character_and_ends_at_carriage_return()
    {
        var tokens = LexAll("# comment \uD83D\uDE00 \"\rfoo");
        Assert.Equal((2, 1, "foo"), (tokens[0].Line, tokens[0].Column, tokens[0].Value));
    }

    [Fact]
    public void Every_punctuator_is_lexed_without_a_value()
    {
        var tokens = LexAll("! $ & ( ) ... : = @ [ ] { | }");
        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Ampersand, TokenKind.LeftParen, TokenKind.RightParen,
                TokenKind.Spread, TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.LeftBracket,
                TokenKind.RightBracket, TokenKind.LeftBrace, TokenKind.Pipe, TokenKind.RightBrace,
            ],
            tokens.Select(t => t.Kind));
        Assert.All(tokens, t => Assert.Null(t.Value));
        Assert.Equal((10, 13), (tokens[5].Start, tokens[5].End));
    }

    [Theory]
    [InlineData("..", "Unexpected character: \".\".", 1, 1)]
    [InlineData("a .. b", "Unexpected character: \".\".", 1, 3)]
    [InlineData("?", "Unexpected character: \"?\".", 1, 1)]
    [InlineData("\u0007", "Unexpected character: U+0007.", 1, 1)]
    [InlineData("\u00e9", "Unexpected character: U+00E9.", 1, 1)]
    [InlineData("\n\n  ~", "Unexpected character: \"~\".", 3, 3)]
    [InlineData("'a'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    public void Characters_outside_the_grammar_are_rejected(string source, string message, int line, int column) =>
        LexError(source, message, line, column);

    [Fact]
    public void Lone_surrogates_are_not_source_characters()
    {
        // Kept out of attributes: attribute strings are stored as UTF-8, which cannot hold a lone surrogate.
        LexError("\uD800", "Invalid character: U+D800.", 1, 1);
        LexError("\uDE00x", "Invalid character: U+DE00.", 1, 1);
        LexError("\"lone \uD800 surrogate\"", "Invalid character within String: U+D800.", 1, 7);
        LexError("\"lone \uDC00\"", "Invalid character within String: U+DC00.", 1, 7);
        LexError("\"\"\"lone \uD800\"\"\"", "Invalid character within String: U+D800.", 1, 9);
        LexError("# comment \uD800 rest", "Invalid character: U+D800.", 1, 11);
    }

    [Fact]
    public void Supplementary_characters_outside_strings_are_named_by_code_point() =>
        LexError("\uD83D\uDE00", "Unexpected character: U+01F600.", 1, 1);

    [Fact]
    public void Names_take_letters_digits_and_underscores()
    {
        var tokens = LexAll("_ a1 Zz_9 __typename");
        Assert.Equal(["_", "a1", "Zz_9", "__typename"], tokens.Select(t => t.Value));
        Assert.All(tokens, t => Assert.Equal(TokenKind.Name, t.Kind));
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("-0", false)]
    [InlineData("4", false)]
    [InlineData("-4", false)]
    [InlineData("9007199254740993", false)]
    [InlineData("0.0", true)]
    [InlineData("4.123", true)]
    [InlineData("-4.123", true)]
    [InlineData("123e4", true)]
    [InlineData("123E4", true)]
    [InlineData("123e-4", true)]
    [InlineData("123e+4", true)]
    [InlineData("-1.123e4567", true)]
    [InlineData("0e0", true)]
    public void Numbers_keep_their_source_text(string source, bool isFloat)
    {
        var token = LexOne(source);
        var kind = isFloat ? TokenKind.Float : TokenKind.Int;
        Assert.Equal((kind, source, source.Length), (token.Kind, token.Value, token.End));
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 1, 3)]
    [InlineData("+1", "Unexpected character: \"+\".", 1, 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData(".123", "Unexpected character: \".\".", 1, 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 1, 5)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 1, 6)]
    [InlineData("1.23_4", "Invalid number, expected digit but got: \"_\".", 1, 5)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 1, 4)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("1.0e+", "Invalid number, expected digit but got: <EOF>.", 1, 6)]
    public void Numbers_follow_the_exact_grammar(string source, string message, int line, int column) =>
        LexError(source, message, line, column);

    [Fact]
    public void A_thousand_digit_integer_lexes_as_int_text()
    {
        var digits = "1" + new string('7', 999);
        var token = LexOne(digits);
        Assert.Equal(TokenKind.Int, token.Kind);
        Assert.Equal(digits, token.Value);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"\"", "")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"\\u{1234}\\u{0}\\u{00000000000000000061}\"", "\u1234\0a")]
    [InlineData("\"\\u{1F600}\"", "\U0001F600")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\\u{10FFFF}\"", "\U0010FFFF")]
    [InlineData("\"raw \uD83D\uDE00 and \u00e9\"", "raw \U0001F600 and \u00e9")]
    [InlineData("\"tab\tinside\"", "tab\tinside")]
    public void Strings_resolve_escapes(string source, string expected)
    {
        var token = LexOne(source);
        Assert.Equal((TokenKind.String, expected, source.Length), (token.Kind, token.Value, token.End));
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("\"no end", "Unterminated string.", 1, 8)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6)]
    [InlineData("\"bad \\uD800 lone\"", "Invalid Unicode escape sequence: \"\\uD800\".", 1, 6)]
    [InlineData("\"bad \\uDE00 lone\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 1, 6)]
    [InlineData("\"bad \\uD83D\\u0041\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 6)]
    [InlineData("\"\\u{D800}\"", "Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 2)]
    [InlineData("\"\\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000\".", 1, 2)]
    [InlineData("\"\\u{}\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 2)]
    [InlineData("\"\\u{12 \"", "Invalid Unicode escape sequence: \"\\u{12 \".", 1, 2)]
    public void Bad_strings_are_rejected_at_the_offending_character(string source, string message, int line, int column) =>
        LexError(source, message, line, column);

    [Fact]
    public void Block_string_is_dedented_per_the_spec_example()
    {
        var source = "\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"";
        var token = LexOne(source);
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", token.Value);
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"  first line keeps indent\n    second\"\"\"", "  first line keeps indent\nsecond")]
    [InlineData("\"\"\"   \n  \t \n\"\"\"", "")]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"\t\ttabs\n\t\t\tmore\"\"\"", "\t\ttabs\nmore")]
    public void Block_strings_keep_escapes_raw_and_dedent(string source, string expected)
    {
        var token = LexOne(source);
        Assert.Equal((TokenKind.BlockString, expected), (token.Kind, token.Value));
    }

    [Fact]
    public void Lines_inside_a_block_string_count_for_later_tokens()
    {
        var tokens = LexAll("\"\"\"a\r\nb\rc\n\"\"\" name");
        Assert.Equal((1, 1), (tokens[0].Line, tokens[0].Column));
        Assert.Equal((4, 5, "name"), (tokens[1].Line, tokens[1].Column, tokens[1].Value));
    }

    [Theory]
    [InlineData("\"\"\"", "Unterminated string.", 1, 4)]
    [InlineData("\"\"\"no end \"\"", "Unterminated string.", 1, 13)]
    [InlineData("\"\"\"\nline two\nline three", "Unterminated string.", 3, 11)]
    public void Bad_block_strings_are_rejected(string source, string message, int line, int column) =>
        LexError(source, message, line, column);

    [Fact]
    public void Lookahead_does_not_move_the_lexer()
    {
        var lexer = new Lexer("a\n b c");
        lexer.Advance();
        var next = lexer.Lookahead();
        Assert.Equal(("b", 2, 2), (next.Value, next.Line, next.Column));
        Assert.Equal("a", lexer.Token.Value);
        Assert.Equal(next, lexer.Advance());
        Assert.Equal(("c", 2, 4), (lexer.Advance().Value, lexer.Token.Line, lexer.Token.Column));
    }

    [Fact]
    public void End_of_file_repeats_and_points_past_the_last_character()
    {
        var lexer = new Lexer("a\n");
        lexer.Advance();
        var end = lexer.Advance();
        Assert.Equal(new Token(TokenKind.EndOfFile, 2, 2, 2, 1, null), end);
        Assert.Equal(end, lexer.Advance());
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("  \n  \n", "")]
    [InlineData("\n\n  a\n    b\n\n  c\n\n", "a\n  b\n\nc")]
    [InlineData("first\n  second\n    third", "first\nsecond\n  third")]
    [InlineData("  \t mixed\n\t x", "  \t mixed\nx")]
    public void Block_string_value_follows_the_spec_algorithm(string raw, string expected) =>
        Assert.Equal(expected, BlockStringValue.Dedent(raw));
}

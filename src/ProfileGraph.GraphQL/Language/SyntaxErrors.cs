namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// Builds every syntax error of the language stage: message "Syntax Error: ...", the 1-based location
/// of the offending character and <c>extensions.code</c> HC0014.
/// </summary>
internal static class SyntaxErrors
{
    /// <summary>The error code HotChocolate reports for syntax errors.</summary>
    public const string Code = "HC0014";

    public static GraphQLSyntaxException At(string source, int position, string description)
    {
        var location = SourcePosition.Of(source, position);
        var error = new GraphQLError(
            "Syntax Error: " + description,
            [location],
            extensions: new Dictionary<string, object?> { ["code"] = Code });
        return new GraphQLSyntaxException(error);
    }

    public static GraphQLSyntaxException UnexpectedToken(string source, Token token) =>
        At(source, token.Start, $"Unexpected {token.Describe()}.");

    public static GraphQLSyntaxException ExpectedToken(string source, TokenKind expected, Token found) =>
        At(source, found.Start, $"Expected {Token.KindDescription(expected)}, found {found.Describe()}.");

    public static GraphQLSyntaxException ExpectedKeyword(string source, string keyword, Token found) =>
        At(source, found.Start, $"Expected \"{keyword}\", found {found.Describe()}.");

    public static GraphQLSyntaxException TooManyTokens(string source, Token token, int max) =>
        At(source, token.Start, $"Document contains more than {max} tokens. Parsing aborted.");

    public static GraphQLSyntaxException TooDeep(string source, Token token, int max) =>
        At(source, token.Start, $"Document exceeds the maximum nesting depth of {max}. Parsing aborted.");

    public static GraphQLSyntaxException TooManyFields(string source, Token token, int max) =>
        At(source, token.Start, $"Document contains more than {max} fields. Parsing aborted.");

    /// <summary>
    /// Prints the code point at <paramref name="position"/> for a message: printable ASCII quoted,
    /// anything else as U+XXXX, and &lt;EOF&gt; past the end.
    /// </summary>
    public static string DescribeCharAt(string source, int position)
    {
        if (position >= source.Length)
        {
            return "<EOF>";
        }

        var c = source[position];
        if (c >= 0x20 && c <= 0x7E)
        {
            return c == '"' ? "'\"'" : $"\"{c}\"";
        }

        int codePoint = c;
        if (char.IsHighSurrogate(c) && position + 1 < source.Length && char.IsLowSurrogate(source[position + 1]))
        {
            codePoint = char.ConvertToUtf32(c, source[position + 1]);
        }

        return codePoint > 0xFFFF ? $"U+{codePoint:X6}" : $"U+{codePoint:X4}";
    }
}

namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// One lexical token: its kind, its span in the source (<paramref name="End"/> exclusive), the 1-based
/// line and column of its start and, for names, numbers and strings, its value
/// (strings with escapes resolved, block strings dedented). Punctuators carry no value.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    /// <summary>How error messages name this token, e.g. <c>Name "foo"</c> or <c>"{"</c>.</summary>
    public string Describe() =>
        Value is null || Kind is TokenKind.StartOfFile or TokenKind.EndOfFile
            ? KindDescription(Kind)
            : $"{KindDescription(Kind)} \"{Value}\"";

    /// <summary>How error messages name a token kind, e.g. <c>Name</c>, <c>"{"</c> or <c>&lt;EOF&gt;</c>.</summary>
    public static string KindDescription(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Ampersand => "\"&\"",
        TokenKind.LeftParen => "\"(\"",
        TokenKind.RightParen => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.LeftBracket => "\"[\"",
        TokenKind.RightBracket => "\"]\"",
        TokenKind.LeftBrace => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.RightBrace => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };
}

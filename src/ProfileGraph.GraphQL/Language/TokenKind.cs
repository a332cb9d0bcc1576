namespace ProfileGraph.GraphQL.Language;

/// <summary>The lexical token kinds of spec §2.1 (comments, commas and white space are skipped, not tokens).</summary>
internal enum TokenKind : byte
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    LeftParen,
    RightParen,
    Spread,
    Colon,
    Equals,
    At,
    LeftBracket,
    RightBracket,
    LeftBrace,
    Pipe,
    RightBrace,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

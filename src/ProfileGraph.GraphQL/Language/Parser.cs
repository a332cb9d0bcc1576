using System.Text;

namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for the GraphQL language (spec §2 and §3, October 2021 and later drafts).
/// One <c>Parse&lt;Production&gt;</c> method per grammar production, split into partial files by spec section.
/// Throws <see cref="GraphQLSyntaxException"/> with message "Syntax Error: ...", a location and code HC0014.
/// </summary>
public sealed partial class Parser
{
    private static readonly ParserOptions DefaultOptions = new();
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Lexer _lexer;
    private readonly string _source;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private readonly int _maxFields;
    private readonly bool _noLocations;
    private int _tokenCount;
    private int _depth;
    private int _fieldCount;

    private Parser(string source, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= DefaultOptions;
        _source = source;
        _lexer = new Lexer(source);
        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxDepth;
        _maxFields = options.MaxFields ?? int.MaxValue;
        _noLocations = options.NoLocations;
    }

    /// <summary>Parses a whole document (spec §2.2).</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not a valid document or exceeds a limit.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Advance();
        return parser.ParseDocument();
    }

    /// <summary>Parses a whole document given as UTF-8 bytes; malformed UTF-8 is a syntax error.</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not valid UTF-8, not a valid document or exceeds a limit.</exception>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        string source;
        try
        {
            source = StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException exception)
        {
            var valid = Math.Clamp(exception.Index, 0, utf8.Length);
            var prefix = Encoding.UTF8.GetString(utf8[..valid]);
            throw SyntaxErrors.At(prefix, prefix.Length, $"Invalid UTF-8 byte sequence at byte {valid}.");
        }

        return Parse(source, options);
    }

    /// <summary>Parses a single value literal, variables allowed, such as <c>[1, {a: $v}]</c>.</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not exactly one value.</exception>
    public static IValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Advance();
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single constant value literal (no variables), such as a default value.</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not exactly one constant value.</exception>
    public static IValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Advance();
        var value = parser.ParseValueLiteral(isConst: true);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single type reference, such as <c>[String!]!</c>.</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not exactly one type reference.</exception>
    public static ITypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Advance();
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private Token Current => _lexer.Token;

    /// <summary>Moves to the next token, counting it against <see cref="ParserOptions.MaxTokens"/>.</summary>
    private void Advance()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw SyntaxErrors.TooManyTokens(_source, token, _maxTokens);
        }
    }

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    /// <summary>Consumes a token of <paramref name="kind"/> and returns it, or fails.</summary>
    private Token Expect(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind != kind)
        {
            throw SyntaxErrors.ExpectedToken(_source, kind, token);
        }

        Advance();
        return token;
    }

    /// <summary>Consumes a token of <paramref name="kind"/> if it is next.</summary>
    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Consumes the name <paramref name="keyword"/>, or fails.</summary>
    private void ExpectKeyword(string keyword)
    {
        if (!ExpectOptionalKeyword(keyword))
        {
            throw SyntaxErrors.ExpectedKeyword(_source, keyword, _lexer.Token);
        }
    }

    /// <summary>Consumes the name <paramref name="keyword"/> if it is next.</summary>
    private bool ExpectOptionalKeyword(string keyword)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || token.Value != keyword)
        {
            return false;
        }

        Advance();
        return true;
    }

    private bool PeekKeyword(string keyword) =>
        _lexer.Token.Kind == TokenKind.Name && _lexer.Token.Value == keyword;

    private GraphQLSyntaxException Unexpected(Token token) => SyntaxErrors.UnexpectedToken(_source, token);

    private GraphQLSyntaxException Unexpected() => Unexpected(_lexer.Token);

    /// <summary>The location from <paramref name="start"/> to the end of the last consumed token.</summary>
    private Location? Loc(Token start) =>
        _noLocations ? null : new Location(start.Start, _lexer.PreviousEnd, start.Line, start.Column);

    /// <summary>
    /// Enters one level of nesting at the <paramref name="opening"/> bracket; fails there once
    /// <see cref="ParserOptions.MaxDepth"/> is passed, long before the stack could run out.
    /// </summary>
    private void EnterNesting(Token opening)
    {
        if (++_depth > _maxDepth)
        {
            throw SyntaxErrors.TooDeep(_source, opening, _maxDepth);
        }
    }

    private void ExitNesting() => _depth--;

    /// <summary>Name :: /[_A-Za-z][_0-9A-Za-z]*/ (spec §2.1.9)</summary>
    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(token.Value!, Loc(token));
    }
}

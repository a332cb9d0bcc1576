namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens (spec §2.1 Source Text). Skips the ignored tokens
/// (byte order mark, white space, line terminators, comments, commas) and tracks 1-based line and column.
/// Punctuators are returned without allocating; names, numbers and strings allocate their value.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string _source;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    /// <summary>Starts before the first token; call <see cref="Advance"/> to read it.</summary>
    public Lexer(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 1, 1, null);
    }

    /// <summary>The source being read.</summary>
    public string Source => _source;

    /// <summary>The current token.</summary>
    public Token Token { get; private set; }

    /// <summary>The end offset of the token before the current one.</summary>
    public int PreviousEnd { get; private set; }

    /// <summary>Moves to the next token and returns it.</summary>
    public Token Advance()
    {
        PreviousEnd = Token.End;
        if (Token.Kind != TokenKind.EndOfFile)
        {
            Token = ReadNextToken();
        }

        return Token;
    }

    /// <summary>Returns the token after the current one without moving.</summary>
    public Token Lookahead()
    {
        if (Token.Kind == TokenKind.EndOfFile)
        {
            return Token;
        }

        var (position, line, lineStart) = (_position, _line, _lineStart);
        var next = ReadNextToken();
        (_position, _line, _lineStart) = (position, line, lineStart);
        return next;
    }

    private Token ReadNextToken()
    {
        var source = _source;
        var length = source.Length;
        while (_position < length)
        {
            var c = source[_position];
            switch (c)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    _position++;
                    continue;
                case '\n':
                    _position++;
                    NewLine();
                    continue;
                case '\r':
                    _position += _position + 1 < length && source[_position + 1] == '\n' ? 2 : 1;
                    NewLine();
                    continue;
                case '#':
                    SkipComment();
                    continue;
                case '!': return Punctuator(TokenKind.Bang);
                case '$': return Punctuator(TokenKind.Dollar);
                case '&': return Punctuator(TokenKind.Ampersand);
                case '(': return Punctuator(TokenKind.LeftParen);
                case ')': return Punctuator(TokenKind.RightParen);
                case ':': return Punctuator(TokenKind.Colon);
                case '=': return Punctuator(TokenKind.Equals);
                case '@': return Punctuator(TokenKind.At);
                case '[': return Punctuator(TokenKind.LeftBracket);
                case ']': return Punctuator(TokenKind.RightBracket);
                case '{': return Punctuator(TokenKind.LeftBrace);
                case '|': return Punctuator(TokenKind.Pipe);
                case '}': return Punctuator(TokenKind.RightBrace);
                case '.':
                    if (_position + 2 < length && source[_position + 1] == '.' && source[_position + 2] == '.')
                    {
                        var spread = new Token(TokenKind.Spread, _position, _position + 3, _line, Column(_position), null);
                        _position += 3;
                        return spread;
                    }

                    break;
                case '"':
                    return _position + 2 < length && source[_position + 1] == '"' && source[_position + 2] == '"'
                        ? ReadBlockString()
                        : ReadString();
                default:
                    if (IsNameStart(c))
                    {
                        return ReadName();
                    }

                    if (c == '-' || IsDigit(c))
                    {
                        return ReadNumber();
                    }

                    break;
            }

            throw UnexpectedCharacter(_position);
        }

        return new Token(TokenKind.EndOfFile, length, length, _line, Column(length), null);
    }

    private GraphQLSyntaxException UnexpectedCharacter(int position)
    {
        var c = _source[position];
        if (c == '\'')
        {
            return SyntaxErrors.At(
                _source,
                position,
                "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        var valid = !char.IsSurrogate(c)
            || (char.IsHighSurrogate(c) && position + 1 < _source.Length && char.IsLowSurrogate(_source[position + 1]));
        var prefix = valid ? "Unexpected character" : "Invalid character";
        return SyntaxErrors.At(_source, position, $"{prefix}: {SyntaxErrors.DescribeCharAt(_source, position)}.");
    }

    private Token Punctuator(TokenKind kind)
    {
        var start = _position++;
        return new Token(kind, start, start + 1, _line, Column(start), null);
    }

    private void SkipComment()
    {
        // A comment runs to the end of the line; it may hold any source character, but a lone surrogate is
        // not one, so the comment stops there and the main loop reports it.
        var source = _source;
        var position = _position + 1;
        while (position < source.Length && source[position] is not ('\n' or '\r'))
        {
            var c = source[position];
            if (!char.IsSurrogate(c))
            {
                position++;
            }
            else if (char.IsHighSurrogate(c) && position + 1 < source.Length && char.IsLowSurrogate(source[position + 1]))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        _position = position;
    }

    private Token ReadName()
    {
        var source = _source;
        var start = _position;
        var position = start + 1;
        while (position < source.Length && IsNameContinue(source[position]))
        {
            position++;
        }

        _position = position;
        return new Token(TokenKind.Name, start, position, _line, Column(start), source.Substring(start, position - start));
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _position;
    }

    private int Column(int position) => position - _lineStart + 1;

    internal static bool IsNameStart(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    internal static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);

    internal static bool IsDigit(char c) => (uint)(c - '0') <= 9;
}

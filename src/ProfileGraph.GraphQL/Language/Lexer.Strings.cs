using System.Text;

namespace ProfileGraph.GraphQL.Language;

internal sealed partial class Lexer
{
    /// <summary>
    /// StringValue :: `"` StringCharacter* `"` (spec §2.9.4): escapes \" \\ \/ \b \f \n \r \t,
    /// \uXXXX (surrogate pairs may be written as two escapes) and \u{X...}; no line terminators; no lone surrogates.
    /// </summary>
    private Token ReadString()
    {
        var source = _source;
        var start = _position;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;

        while (position < source.Length)
        {
            var c = source[position];
            if (c == '"')
            {
                string text;
                if (value is null)
                {
                    text = source.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    text = value.Append(source, chunkStart, position - chunkStart).ToString();
                }

                _position = position + 1;
                return new Token(TokenKind.String, start, _position, _line, Column(start), text);
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            if (c == '\\')
            {
                value ??= new StringBuilder(position - chunkStart + 16);
                value.Append(source, chunkStart, position - chunkStart);
                position = ReadEscape(position, value);
                chunkStart = position;
                continue;
            }

            position += ScalarLength(position, "String");
        }

        throw SyntaxErrors.At(source, position, "Unterminated string.");
    }

    /// <summary>Appends the escaped character that starts at the backslash at <paramref name="position"/>; returns the offset after it.</summary>
    private int ReadEscape(int position, StringBuilder value)
    {
        var source = _source;
        switch (CharAt(position + 1))
        {
            case '"': value.Append('"'); return position + 2;
            case '\\': value.Append('\\'); return position + 2;
            case '/': value.Append('/'); return position + 2;
            case 'b': value.Append('\b'); return position + 2;
            case 'f': value.Append('\f'); return position + 2;
            case 'n': value.Append('\n'); return position + 2;
            case 'r': value.Append('\r'); return position + 2;
            case 't': value.Append('\t'); return position + 2;
            case 'u':
                return CharAt(position + 2) == '{'
                    ? ReadVariableWidthUnicode(position, value)
                    : ReadFixedWidthUnicode(position, value);
        }

        var end = position + 1 < source.Length ? position + 1 + ScalarLengthOrOne(position + 1) : position + 1;
        throw SyntaxErrors.At(
            source,
            position,
            $"Invalid character escape sequence: \"{source[position..end]}\".");
    }

    private int ReadVariableWidthUnicode(int position, StringBuilder value)
    {
        var source = _source;
        var codePoint = 0;
        var index = position + 3;

        // Leading zeros are allowed in any number; the value check below stops overlong input early.
        while (index < source.Length)
        {
            var c = source[index];
            if (c == '}')
            {
                if (index > position + 3 && IsScalarValue(codePoint))
                {
                    AppendCodePoint(value, codePoint);
                    return index + 1;
                }

                break;
            }

            var digit = HexValue(c);
            if (digit < 0)
            {
                break;
            }

            codePoint = (codePoint << 4) | digit;
            if (codePoint > 0x10FFFF)
            {
                break;
            }

            index++;
        }

        var end = Math.Min(source.Length, index + 1);
        throw SyntaxErrors.At(source, position, $"Invalid Unicode escape sequence: \"{source[position..end]}\".");
    }

    private int ReadFixedWidthUnicode(int position, StringBuilder value)
    {
        var source = _source;
        var code = ReadHex4(position + 2);
        if (code >= 0 && !char.IsSurrogate((char)code))
        {
            value.Append((char)code);
            return position + 6;
        }

        // A leading surrogate escape may be followed by a trailing surrogate escape; together they form one scalar.
        if (code >= 0 && char.IsHighSurrogate((char)code)
            && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = ReadHex4(position + 8);
            if (trailing >= 0 && char.IsLowSurrogate((char)trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return position + 12;
            }
        }

        var end = Math.Min(source.Length, position + 6);
        throw SyntaxErrors.At(source, position, $"Invalid Unicode escape sequence: \"{source[position..end]}\".");
    }

    /// <summary>Reads four hex digits at <paramref name="position"/>, or returns -1.</summary>
    private int ReadHex4(int position)
    {
        if (position + 4 > _source.Length)
        {
            return -1;
        }

        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexValue(_source[position + i]);
            if (digit < 0)
            {
                return -1;
            }

            result = (result << 4) | digit;
        }

        return result;
    }

    /// <summary>
    /// The length (1 or 2) of the source character at <paramref name="position"/>; lone surrogates are not
    /// source characters (spec §2.1.1) and fail with "Invalid character within {context}".
    /// </summary>
    private int ScalarLength(int position, string context)
    {
        var c = _source[position];
        if (!char.IsSurrogate(c))
        {
            return 1;
        }

        if (char.IsHighSurrogate(c) && position + 1 < _source.Length && char.IsLowSurrogate(_source[position + 1]))
        {
            return 2;
        }

        throw SyntaxErrors.At(
            _source,
            position,
            $"Invalid character within {context}: {SyntaxErrors.DescribeCharAt(_source, position)}.");
    }

    private int ScalarLengthOrOne(int position)
    {
        var c = _source[position];
        return char.IsHighSurrogate(c) && position + 1 < _source.Length && char.IsLowSurrogate(_source[position + 1]) ? 2 : 1;
    }

    private static bool IsScalarValue(int codePoint) =>
        codePoint is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    private static void AppendCodePoint(StringBuilder value, int codePoint)
    {
        if (codePoint <= 0xFFFF)
        {
            value.Append((char)codePoint);
        }
        else
        {
            codePoint -= 0x10000;
            value.Append((char)(0xD800 + (codePoint >> 10))).Append((char)(0xDC00 + (codePoint & 0x3FF)));
        }
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}

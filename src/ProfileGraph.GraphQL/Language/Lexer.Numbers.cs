namespace ProfileGraph.GraphQL.Language;

internal sealed partial class Lexer
{
    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
    /// FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, `.`, NameStart}]
    /// IntegerPart :: `-`? `0` | `-`? NonZeroDigit Digit*
    /// (spec §2.9.1, §2.9.2). The value is kept as source text; range checks belong to value coercion.
    /// </summary>
    private Token ReadNumber()
    {
        var source = _source;
        var start = _position;
        var position = start;
        var isFloat = false;

        if (source[position] == '-')
        {
            position++;
        }

        if (CharAt(position) == '0')
        {
            position++;
            if (IsDigit(CharAt(position)))
            {
                throw SyntaxErrors.At(
                    source,
                    position,
                    $"Invalid number, unexpected digit after 0: {SyntaxErrors.DescribeCharAt(source, position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (CharAt(position) == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        if (CharAt(position) is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (CharAt(position) is '+' or '-')
            {
                position++;
            }

            position = ReadDigits(position);
        }

        var next = CharAt(position);
        if (next == '.' || IsNameStart(next))
        {
            throw SyntaxErrors.At(
                source,
                position,
                $"Invalid number, expected digit but got: {SyntaxErrors.DescribeCharAt(source, position)}.");
        }

        _position = position;
        return new Token(
            isFloat ? TokenKind.Float : TokenKind.Int,
            start,
            position,
            _line,
            Column(start),
            source.Substring(start, position - start));
    }

    /// <summary>Reads one or more digits starting at <paramref name="position"/> and returns the offset after them.</summary>
    private int ReadDigits(int position)
    {
        if (!IsDigit(CharAt(position)))
        {
            throw SyntaxErrors.At(
                _source,
                position,
                $"Invalid number, expected digit but got: {SyntaxErrors.DescribeCharAt(_source, position)}.");
        }

        var source = _source;
        position++;
        while (position < source.Length && IsDigit(source[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>The character at <paramref name="position"/>, or NUL past the end.</summary>
    private char CharAt(int position) => position < _source.Length ? _source[position] : '\0';
}

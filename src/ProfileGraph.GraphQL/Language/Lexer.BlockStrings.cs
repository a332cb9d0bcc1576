using System.Text;

namespace ProfileGraph.GraphQL.Language;

internal sealed partial class Lexer
{
    /// <summary>
    /// BlockString :: `"""` BlockStringCharacter* `"""` (spec §2.9.4). Only <c>\"""</c> is an escape; the raw
    /// value is dedented by <see cref="BlockStringValue.Dedent"/>. Line terminators inside count for line numbers.
    /// </summary>
    private Token ReadBlockString()
    {
        var source = _source;
        var start = _position;
        var startLine = _line;
        var startColumn = Column(start);
        var position = start + 3;
        var chunkStart = position;
        var raw = new StringBuilder();

        while (position < source.Length)
        {
            var c = source[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                raw.Append(source, chunkStart, position - chunkStart);
                _position = position + 3;
                return new Token(
                    TokenKind.BlockString,
                    start,
                    _position,
                    startLine,
                    startColumn,
                    BlockStringValue.Dedent(raw.ToString()));
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                raw.Append(source, chunkStart, position - chunkStart).Append("\"\"\"");
                position += 4;
                chunkStart = position;
                continue;
            }

            if (c == '\n')
            {
                position++;
                _position = position;
                NewLine();
                continue;
            }

            if (c == '\r')
            {
                position += CharAt(position + 1) == '\n' ? 2 : 1;
                _position = position;
                NewLine();
                continue;
            }

            position += ScalarLength(position, "String");
        }

        throw SyntaxErrors.At(source, position, "Unterminated string.");
    }
}

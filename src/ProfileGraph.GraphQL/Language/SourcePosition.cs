namespace ProfileGraph.GraphQL.Language;

/// <summary>Turns a character offset into a 1-based line and column; \r\n, \r and \n each end a line (spec §2.1.2).</summary>
internal static class SourcePosition
{
    public static SourceLocation Of(string source, int position)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(position, source.Length);
        for (var i = 0; i < end; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, position - lineStart + 1);
    }
}

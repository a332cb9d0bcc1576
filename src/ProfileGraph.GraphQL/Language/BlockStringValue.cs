using System.Text;

namespace ProfileGraph.GraphQL.Language;

/// <summary>Block string rules: the spec's BlockStringValue() dedent (spec §2.9.4) and the inverse used by the printer.</summary>
internal static class BlockStringValue
{
    /// <summary>
    /// BlockStringValue(rawValue): split into lines; remove the smallest indentation of the non-blank lines
    /// after the first from every line after the first; drop leading and trailing blank lines; join with \n.
    /// </summary>
    public static string Dedent(string raw)
    {
        var lines = SplitLines(raw);

        int? commonIndent = null;
        var firstNonBlank = -1;
        var lastNonBlank = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonBlank < 0)
            {
                firstNonBlank = i;
            }

            lastNonBlank = i;
            if (i != 0 && (commonIndent is null || indent < commonIndent))
            {
                commonIndent = indent;
            }
        }

        if (firstNonBlank < 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(raw.Length);
        for (var i = firstNonBlank; i <= lastNonBlank; i++)
        {
            if (i > firstNonBlank)
            {
                builder.Append('\n');
            }

            var line = lines[i];
            var remove = i == 0 || commonIndent is null ? 0 : Math.Min(commonIndent.Value, line.Length);
            builder.Append(line, remove, line.Length - remove);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether <paramref name="value"/> survives a print as a block string and a parse back unchanged:
    /// no control characters or \r, no leading or trailing blank lines, and no indentation shared by every line.
    /// </summary>
    public static bool IsPrintable(string value)
    {
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;

        foreach (var c in value)
        {
            switch (c)
            {
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t':
                case ' ':
                    hasIndent |= isEmptyLine;
                    break;
                case < ' ':
                    return false;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (value.Length == 0)
        {
            return true;
        }

        // Trailing blank lines would be dropped; indentation on every line after a line break would be dedented.
        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>Prints <paramref name="value"/> as a block string, choosing single or multiple lines as graphql-js does.</summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = SplitLines(escaped);
        var isSingleLine = lines.Count == 1;

        var forceLeadingNewLine = lines.Count > 1;
        for (var i = 1; i < lines.Count && forceLeadingNewLine; i++)
        {
            forceLeadingNewLine = lines[i].Length == 0 || IsWhiteSpace(lines[i][0]);
        }

        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;

        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes;

        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var builder = new StringBuilder(escaped.Length + 8);
        builder.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\n' or '\r'))
            {
                continue;
            }

            lines.Add(text.Substring(start, i - start));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        lines.Add(text.Substring(start));
        return lines;
    }

    private static int LeadingWhiteSpace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}

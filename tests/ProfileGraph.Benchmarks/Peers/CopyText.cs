using System.Text;

namespace ProfileGraph.Benchmarks.Peers;

/// <summary>Reads PostgreSQL COPY text format: tab-separated columns, <c>\N</c> for null, backslash escapes.</summary>
internal static class CopyText
{
    public static IEnumerable<string?[]> Rows(string path, int columns)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var raw = line.Split('\t');
            if (raw.Length != columns)
            {
                throw new FormatException($"{path}:{lineNumber}: expected {columns} columns, found {raw.Length}");
            }

            var row = new string?[columns];
            for (var i = 0; i < columns; i++)
            {
                row[i] = raw[i] == "\\N" ? null : Unescape(raw[i]);
            }

            yield return row;
        }
    }

    private static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c != '\\' || i + 1 == value.Length)
            {
                sb.Append(c);
                continue;
            }

            var next = value[++i];
            sb.Append(next switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                'b' => '\b',
                'f' => '\f',
                'v' => '\v',
                _ => next,
            });
        }

        return sb.ToString();
    }
}

using System.Text;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>"Did you mean …?" hints, as graphql-js words them (names within a small edit distance).</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close to <paramref name="input"/>, nearest first.</summary>
    public static List<string> Find(string input, IEnumerable<string> options)
    {
        var threshold = (input.Length * 4 / 10) + 1;
        var found = new List<(string Option, int Distance)>();
        var lowerInput = input.ToLowerInvariant();
        foreach (var option in options)
        {
            var distance = Distance(input, lowerInput, option, threshold);
            if (distance is { } d)
            {
                found.Add((option, d));
            }
        }

        found.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Option, b.Option));
        var result = new List<string>(found.Count);
        foreach (var (option, _) in found)
        {
            result.Add(option);
        }

        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" or an empty string when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            builder.Append(subMessage).Append(' ');
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(count > 2 ? ", " : " ");
                if (i == count - 1)
                {
                    builder.Append("or ");
                }
            }

            builder.Append('"').Append(suggestions[i]).Append('"');
        }

        return builder.Append('?').ToString();
    }

    // Optimal string alignment distance on lower-cased text; null when above the threshold.
    private static int? Distance(string input, string lowerInput, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var lowerOption = option.ToLowerInvariant();
        if (lowerInput == lowerOption)
        {
            return 1;
        }

        var a = lowerInput;
        var b = lowerOption;
        if (Math.Abs(a.Length - b.Length) > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallest = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var current = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current = Math.Min(current, rows[(i - 2) % 3][j - 2] + 1);
                }

                currentRow[j] = current;
                smallest = Math.Min(smallest, current);
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}

using System.Text.RegularExpressions;

namespace ProfileGraph.Data;

/// <summary>Parses and checks dotted document paths. Segments are identifiers, so a path can never carry SQL.</summary>
internal static partial class FieldPath
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,98}$")]
    private static partial Regex SegmentPattern();

    /// <summary>Checks one segment of <paramref name="path"/> (the rest was checked by the caller).</summary>
    public static void CheckSegment(string segment, string path)
    {
        if (!IsPlainSegment(segment) && !SegmentPattern().IsMatch(segment))
        {
            throw QueryErrors.InvalidPath(path);
        }
    }

    // What the pattern matches in practice, without the regex engine (every key of every written body is checked).
    // Anything this refuses still goes to the pattern, so the two cannot disagree.
    private static bool IsPlainSegment(string segment)
    {
        if (segment.Length is 0 or > 99 || !char.IsAsciiLetter(segment[0]))
        {
            return false;
        }

        foreach (var c in segment.AsSpan(1))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    public static string[] Split(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            throw QueryErrors.InvalidPath(path ?? "");
        }

        var segments = path.Split('.');
        foreach (var segment in segments)
        {
            if (!SegmentPattern().IsMatch(segment))
            {
                throw QueryErrors.InvalidPath(path);
            }
        }

        return segments;
    }
}

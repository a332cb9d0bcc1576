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
        if (!SegmentPattern().IsMatch(segment))
        {
            throw QueryErrors.InvalidPath(path);
        }
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

using System.Security.Cryptography;
using System.Text;

namespace ProfileGraph.Data;

/// <summary>
/// Names of store objects derived from a declaration (indexes, generated columns): a readable stem from the paths
/// plus 8 hex digits of a hash of the definition, so a changed declaration gets a new name and the old object can be found and dropped.
/// </summary>
internal static class DerivedName
{
    public static string Create(string prefix, IEnumerable<string> paths, string definition, int maxStem)
    {
        var stem = string.Join("_", paths.Select(p => p.Replace('.', '_').ToLowerInvariant()));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(definition)), 0, 4).ToLowerInvariant();
        return $"{prefix}{(stem.Length > maxStem ? stem[..maxStem] : stem)}_{hash}";
    }

    /// <summary>A catalogue name as a quoted SQL identifier (names read back from the database may not be ours).</summary>
    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

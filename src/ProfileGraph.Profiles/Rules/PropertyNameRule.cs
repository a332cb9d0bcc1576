using System.Text.RegularExpressions;

namespace ProfileGraph.Profiles.Rules;

/// <summary>
/// Custom property names: a letter, then letters, digits or <c>_</c>, 1–99 characters in all.
/// Names starting with <c>$</c> are reserved for presets.
/// </summary>
internal static partial class PropertyNameRule
{
    public const int MaxLength = 99;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,98}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    /// <summary>Returns the violation of <paramref name="name"/>, or null when it is a valid custom name.</summary>
    public static FieldViolation? Check(string name)
    {
        if (name.StartsWith('$'))
        {
            return ViolationMessages.ReservedName(name);
        }

        return NamePattern().IsMatch(name) ? null : ViolationMessages.InvalidName(name);
    }

    public static bool IsValid(string name) => Check(name) is null;
}

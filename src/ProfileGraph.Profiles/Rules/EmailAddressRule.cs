using System.Text.RegularExpressions;

namespace ProfileGraph.Profiles.Rules;

/// <summary>
/// A pragmatic email check: one <c>@</c>, a non-empty local part, a dotted domain, no white space
/// or angle brackets. Deliverability is not judged here.
/// </summary>
internal static partial class EmailAddressRule
{
    [GeneratedRegex(@"^[^@\s<>()\[\],;:""]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string value) =>
        !value.StartsWith('.') && !value.Contains("..", StringComparison.Ordinal) && Pattern().IsMatch(value);
}

using System.Text.RegularExpressions;

namespace ProfileGraph.Server.Tests.Profiles;

/// <summary>The GraphQL documents of README.md's "Coming from a REST profile API" section, in order.</summary>
internal static partial class ReadmeExamples
{
    public const string SectionHeading = "## Coming from a REST profile API";

    public static IReadOnlyList<string> Load()
    {
        var readme = File.ReadAllText(Locate());
        var start = readme.IndexOf(SectionHeading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no section '{SectionHeading}'.");
        var end = readme.IndexOf("\n## ", start + SectionHeading.Length, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];
        return [.. GraphQLBlock().Matches(section).Select(m => m.Groups[1].Value)];
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "README.md");
            if (File.Exists(candidate) && Directory.Exists(Path.Combine(dir.FullName, "schema")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("README.md of the repository was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}

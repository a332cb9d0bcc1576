namespace ProfileGraph.Profiles.Tests;

/// <summary>Finds the checked-in <c>schema/</c> directory from the test's output folder.</summary>
internal static class SchemaFiles
{
    public static string Directory { get; } = Find();

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "schema");
            if (File.Exists(Path.Combine(candidate, "profile.graphql")))
            {
                return candidate;
            }
        }

        var fallback = Environment.GetEnvironmentVariable("PROFILEGRAPH_SCHEMA_DIR");
        return fallback ?? throw new InvalidOperationException("schema/profile.graphql not found above the test output folder.");
    }
}

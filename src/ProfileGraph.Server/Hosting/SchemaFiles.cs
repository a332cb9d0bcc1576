using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.Server.Hosting;

/// <summary>Builds the schema from the <c>*.graphql</c> files of the schema folder (schema-first).</summary>
internal static class SchemaFiles
{
    private const string FolderName = "schema";

    /// <summary>The schema folder: the configured one, or the nearest <c>schema/</c> holding SDL above <paramref name="startDirectories"/>.</summary>
    public static string Locate(string? configured, params string[] startDirectories)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return System.IO.Path.GetFullPath(configured);
        }

        foreach (var start in startDirectories)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, FolderName);
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.graphql").Any())
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            "No schema: no schema/*.graphql was found above the content root. Set ProfileGraph:SchemaDirectory " +
            "or pass a Schema to AddProfileGraph.");
    }

    /// <summary>Builds a schema from every <c>*.graphql</c> file of <paramref name="directory"/>, in name order.</summary>
    public static Schema Build(string directory)
    {
        var files = Directory.GetFiles(directory, "*.graphql");
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"No *.graphql file in '{directory}'.");
        }

        Array.Sort(files, StringComparer.Ordinal);
        var builder = SchemaBuilder.FromSdl();
        foreach (var file in files)
        {
            builder.AddSdlFile(file);
        }

        return builder.Build();
    }
}

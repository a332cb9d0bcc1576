namespace ProfileGraph.Data.Sql;

/// <summary>A checked project key. Every statement on project data is built from one.</summary>
internal readonly record struct ProjectScope
{
    private ProjectScope(string project) => Project = project;

    public string Project { get; }

    public static ProjectScope Create(string project)
    {
        if (string.IsNullOrWhiteSpace(project) || project.Length > 128 || HasControl(project))
        {
            throw QueryErrors.InvalidProject(project ?? "");
        }

        return new ProjectScope(project);
    }

    public static string CheckId(string id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 256 || HasControl(id))
        {
            throw QueryErrors.InvalidId(id);
        }

        return id;
    }

    /// <summary>Whether <paramref name="text"/> holds a control character (what <see cref="char.IsControl(char)"/> calls one).</summary>
    private static bool HasControl(string text) =>
        text.AsSpan().ContainsAnyInRange('\u0000', '\u001f') || text.AsSpan().ContainsAnyInRange('\u007f', '\u009f');
}

namespace ProfileGraph.Data.Sql;

/// <summary>A checked project key. Every statement on project data is built from one.</summary>
internal readonly record struct ProjectScope
{
    private ProjectScope(string project) => Project = project;

    public string Project { get; }

    public static ProjectScope Create(string project)
    {
        if (string.IsNullOrWhiteSpace(project) || project.Length > 128 || project.Any(char.IsControl))
        {
            throw QueryErrors.InvalidProject(project ?? "");
        }

        return new ProjectScope(project);
    }

    public static string CheckId(string id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 256 || id.Any(char.IsControl))
        {
            throw QueryErrors.InvalidId(id);
        }

        return id;
    }
}

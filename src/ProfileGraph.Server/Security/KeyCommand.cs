using ProfileGraph.Profiles.Security;

namespace ProfileGraph.Server.Security;

/// <summary>
/// <c>create-key &lt;project&gt; [read|write|admin]</c>: creates a key for any project, new or existing, on the
/// configured store and prints it once. This is how an operator opens a new project; inside a project its
/// admin keys manage further keys through <c>createApiKey</c>.
/// </summary>
internal static class KeyCommand
{
    public const string Name = "create-key";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Runs the command; returns the process exit code (2 for a usage error).</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length is < 2 or > 3 || !IsValidProject(args[1])
            || !Enum.TryParse<ApiKeyRole>(args.Length == 3 ? args[2] : nameof(ApiKeyRole.Admin), ignoreCase: true, out var role)
            || !Enum.IsDefined(role))
        {
            await error.WriteLineAsync($"usage: {Name} <project> [read|write|admin]   (a project is 1 to 64 letters, digits, '_' or '-')").ConfigureAwait(false);
            return 2;
        }

        var issued = await services.GetRequiredService<ApiKeyStore>().CreateAsync(args[1], role).ConfigureAwait(false);
        await output.WriteLineAsync($"""
            project: {args[1]}
            role:    {role.ToString().ToLowerInvariant()}
            key id:  {issued.KeyId}
            secret:  {issued.Secret}   (shown only now)
            Authorization: Bearer {issued.BearerToken}
            """).ConfigureAwait(false);
        return 0;
    }

    private static bool IsValidProject(string project) => ApiKeys.IsValidKeyId(project);
}

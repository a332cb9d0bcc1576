using ProfileGraph.Profiles.Security;

namespace ProfileGraph.Server.Security;

/// <summary>The authenticated caller of the current HTTP request (scoped); empty until the request is authenticated.</summary>
internal sealed class Caller
{
    public string? Project { get; private set; }

    public ApiKeyRole Role { get; private set; }

    public bool IsAuthenticated => Project is not null;

    public void Set(string project, ApiKeyRole role)
    {
        Project = project;
        Role = role;
    }
}

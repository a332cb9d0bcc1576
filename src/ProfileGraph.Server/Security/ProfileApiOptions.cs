namespace ProfileGraph.Server.Security;

/// <summary>
/// Settings of the profile API host, bound from the <c>ProfileGraph</c> configuration section
/// (environment variables <c>ProfileGraph__*</c>).
/// </summary>
public sealed class ProfileApiOptions
{
    /// <summary>The project anonymous callers and the bootstrap key belong to. Default <c>default</c>.</summary>
    public string DefaultProject { get; set; } = "default";

    /// <summary>
    /// Whether requests without credentials are served as the default project with the admin role.
    /// Default false; meant for local development only.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>
    /// <c>&lt;keyId&gt;:&lt;secret&gt;</c>: an admin key of the default project ensured at start-up (scripts and CI).
    /// Default null.
    /// </summary>
    public string? BootstrapKey { get; set; }

    /// <summary>Requests per minute one project may make; over it → HTTP 429, <c>RATE_LIMITED</c>. Default 1000.</summary>
    public int RateLimitPerMinute { get; set; } = 1000;

    /// <summary>How long a verified key is trusted before it is read from the store again. Default 30 s.</summary>
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(30);
}

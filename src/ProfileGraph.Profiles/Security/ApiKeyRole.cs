namespace ProfileGraph.Profiles.Security;

/// <summary>What an API key may do. Each role includes the ones before it.</summary>
public enum ApiKeyRole
{
    /// <summary>Queries only.</summary>
    Read = 0,

    /// <summary>Queries and mutations on profiles.</summary>
    Write = 1,

    /// <summary>Everything, including key management.</summary>
    Admin = 2,
}

/// <summary>Role comparisons.</summary>
public static class ApiKeyRoleExtensions
{
    /// <summary>Whether a key with <paramref name="role"/> may do what <paramref name="required"/> allows.</summary>
    public static bool Allows(this ApiKeyRole role, ApiKeyRole required) => role >= required;
}

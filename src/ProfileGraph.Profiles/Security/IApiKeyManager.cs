namespace ProfileGraph.Profiles.Security;

/// <summary>
/// Where the host keeps API keys. The profile API's key fields (<c>apiKeys</c>, <c>createApiKey</c>,
/// <c>revokeApiKey</c>) call it with the caller's project, so a key never sees another project's keys.
/// </summary>
public interface IApiKeyManager
{
    /// <summary>The keys of <paramref name="project"/>, oldest first.</summary>
    Task<IReadOnlyList<ApiKeyInfo>> ListAsync(string project, CancellationToken cancellationToken = default);

    /// <summary>Creates a key with a random secret; the secret is returned once and only its hash is kept.</summary>
    Task<IssuedApiKey> CreateAsync(string project, ApiKeyRole role, CancellationToken cancellationToken = default);

    /// <summary>Deletes the key when it belongs to <paramref name="project"/>; false when it does not exist there.</summary>
    Task<bool> RevokeAsync(string project, string keyId, CancellationToken cancellationToken = default);
}

/// <summary>A key as a listing shows it: never its secret or the secret's hash.</summary>
public sealed record ApiKeyInfo(string KeyId, ApiKeyRole Role, DateTimeOffset CreatedAt);

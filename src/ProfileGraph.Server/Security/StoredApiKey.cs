using ProfileGraph.Profiles.Security;

namespace ProfileGraph.Server.Security;

/// <summary>A key as stored: the project it opens, its role and the hash of its secret (never the secret).</summary>
internal sealed record StoredApiKey(string KeyId, string Project, ApiKeyRole Role, string SecretHash);

namespace ProfileGraph.Profiles.Security;

/// <summary>How a request presented its credentials.</summary>
public enum CredentialStatus
{
    /// <summary>No credential headers at all.</summary>
    Missing,

    /// <summary>A well-formed key id and secret.</summary>
    Present,

    /// <summary>Credential headers that cannot be read.</summary>
    Malformed,
}

/// <summary>The outcome of reading credential headers; <see cref="Credential"/> is set only when <see cref="Status"/> is Present.</summary>
public sealed record CredentialParseResult(CredentialStatus Status, ApiCredential? Credential, string? Problem)
{
    internal static CredentialParseResult Missing { get; } = new(CredentialStatus.Missing, null, null);

    internal static CredentialParseResult Found(string keyId, string secret) =>
        new(CredentialStatus.Present, new ApiCredential(keyId, secret), null);

    internal static CredentialParseResult Bad(string problem) => new(CredentialStatus.Malformed, null, problem);
}

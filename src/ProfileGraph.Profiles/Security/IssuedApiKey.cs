namespace ProfileGraph.Profiles.Security;

/// <summary>
/// A newly created key. <see cref="Secret"/> is shown to the caller once; only <see cref="SecretHash"/> is stored.
/// </summary>
public sealed record IssuedApiKey(string KeyId, string Secret, string SecretHash, ApiKeyRole Role)
{
    /// <summary>The credential in the Bearer form <c>&lt;keyId&gt;.&lt;secret&gt;</c>.</summary>
    public string BearerToken => $"{KeyId}.{Secret}";

    /// <summary>Hides the secret from logs.</summary>
    public override string ToString() => $"IssuedApiKey {{ KeyId = {KeyId}, Role = {Role} }}";
}

namespace ProfileGraph.Profiles.Security;

/// <summary>A key id and its secret as presented by a caller.</summary>
public sealed record ApiCredential(string KeyId, string Secret)
{
    /// <summary>Hides the secret from logs.</summary>
    public override string ToString() => $"ApiCredential {{ KeyId = {KeyId} }}";
}

using System.Security.Cryptography;
using System.Text;

namespace ProfileGraph.Profiles.Security;

/// <summary>
/// Creates API keys and checks secrets. Secrets are 256 random bits, so a single SHA-256 is enough to
/// store them (no slow hash is needed against guessing); comparison is constant-time.
/// </summary>
public static class ApiKeys
{
    /// <summary>Prefix of every key id.</summary>
    public const string KeyIdPrefix = "pgk_";

    /// <summary>Creates a key with a random id and secret.</summary>
    public static IssuedApiKey Create(ApiKeyRole role)
    {
        var keyId = KeyIdPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return new IssuedApiKey(keyId, secret, HashSecret(secret), role);
    }

    /// <summary>Creates a key with a chosen id and secret (bootstrap keys given by configuration).</summary>
    public static IssuedApiKey FromKnown(string keyId, string secret, ApiKeyRole role)
    {
        if (!IsValidKeyId(keyId))
        {
            throw new ArgumentException("A key id is 1 to 64 letters, digits, '_' or '-'.", nameof(keyId));
        }

        ArgumentException.ThrowIfNullOrEmpty(secret);
        return new IssuedApiKey(keyId, secret, HashSecret(secret), role);
    }

    /// <summary>The stored form of a secret: lower-case hex SHA-256 of its UTF-8 bytes.</summary>
    public static string HashSecret(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>Whether <paramref name="secret"/> matches <paramref name="storedHash"/>, in constant time.</summary>
    public static bool VerifySecret(string secret, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(storedHash);
        var actual = Encoding.ASCII.GetBytes(HashSecret(secret));
        var expected = Encoding.ASCII.GetBytes(storedHash.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Key ids never contain ':' or '.', which separate them from the secret in the header forms.</summary>
    public static bool IsValidKeyId(string? keyId) =>
        !string.IsNullOrEmpty(keyId) && keyId.Length <= 64 && keyId.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

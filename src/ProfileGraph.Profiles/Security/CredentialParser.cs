using System.Text;

namespace ProfileGraph.Profiles.Security;

/// <summary>
/// Reads an API key from request header values, in the three forms callers migrate with:
/// <c>Authorization: Basic base64(keyId:secret)</c> (RFC 7617), <c>Authorization: Bearer keyId.secret</c>
/// (RFC 6750), and the <c>profilegraph-client-id</c> + <c>profilegraph-client-secret</c> header pair.
/// Pure functions over header values; the host decides what a result means for the response.
/// </summary>
public static class CredentialParser
{
    /// <summary>Name of the key-id header.</summary>
    public const string ClientIdHeader = "profilegraph-client-id";

    /// <summary>Name of the secret header.</summary>
    public const string ClientSecretHeader = "profilegraph-client-secret";

    /// <summary>
    /// Parses the credentials of one request. An Authorization header wins over the client-id pair;
    /// if both are present they must name the same key.
    /// </summary>
    public static CredentialParseResult Parse(string? authorization, string? clientId, string? clientSecret)
    {
        var fromAuthorization = string.IsNullOrWhiteSpace(authorization) ? CredentialParseResult.Missing : ParseAuthorization(authorization);
        var fromHeaders = ParseClientHeaders(clientId, clientSecret);
        if (fromAuthorization.Status == CredentialStatus.Missing)
        {
            return fromHeaders;
        }

        if (fromHeaders.Status == CredentialStatus.Present && fromAuthorization.Status == CredentialStatus.Present
            && fromHeaders.Credential != fromAuthorization.Credential)
        {
            return CredentialParseResult.Bad("The Authorization header and the client-id headers name different credentials.");
        }

        return fromAuthorization;
    }

    /// <summary>Parses a <c>Basic</c> or <c>Bearer</c> Authorization header value.</summary>
    public static CredentialParseResult ParseAuthorization(string authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        var value = authorization.Trim();
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return CredentialParseResult.Bad("The Authorization header needs a scheme and a credential.");
        }

        var scheme = value[..space];
        var credential = value[(space + 1)..].Trim();
        if (scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            return ParseBasic(credential);
        }

        if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return Split(credential, '.', "A Bearer token has the form <keyId>.<secret>.");
        }

        return CredentialParseResult.Bad($"The Authorization scheme '{scheme}' is not supported; use Basic or Bearer.");
    }

    /// <summary>Parses the client-id / client-secret header pair; one without the other is malformed.</summary>
    public static CredentialParseResult ParseClientHeaders(string? clientId, string? clientSecret)
    {
        var hasId = !string.IsNullOrWhiteSpace(clientId);
        var hasSecret = !string.IsNullOrWhiteSpace(clientSecret);
        if (!hasId && !hasSecret)
        {
            return CredentialParseResult.Missing;
        }

        if (!hasId || !hasSecret)
        {
            return CredentialParseResult.Bad($"Send both {ClientIdHeader} and {ClientSecretHeader}.");
        }

        var keyId = clientId!.Trim();
        return ApiKeys.IsValidKeyId(keyId)
            ? CredentialParseResult.Found(keyId, clientSecret!.Trim())
            : CredentialParseResult.Bad("The key id is malformed.");
    }

    private static CredentialParseResult ParseBasic(string encoded)
    {
        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return CredentialParseResult.Bad("The Basic credential is not valid base64 of UTF-8 text.");
        }
        catch (ArgumentException)
        {
            return CredentialParseResult.Bad("The Basic credential is not valid base64 of UTF-8 text.");
        }

        return Split(decoded, ':', "A Basic credential encodes <keyId>:<secret>.");
    }

    private static CredentialParseResult Split(string text, char separator, string problem)
    {
        var at = text.IndexOf(separator, StringComparison.Ordinal);
        if (at <= 0 || at == text.Length - 1)
        {
            return CredentialParseResult.Bad(problem);
        }

        var keyId = text[..at];
        return ApiKeys.IsValidKeyId(keyId)
            ? CredentialParseResult.Found(keyId, text[(at + 1)..])
            : CredentialParseResult.Bad("The key id is malformed.");
    }
}

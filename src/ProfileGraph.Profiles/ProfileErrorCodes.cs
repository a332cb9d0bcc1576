namespace ProfileGraph.Profiles;

/// <summary>
/// Every <c>extensions.code</c> value the profile API returns, in one place.
/// The HotChocolate-compatible codes keep HotChocolate's spelling so clients written against it work unchanged.
/// </summary>
public static class ProfileErrorCodes
{
    /// <summary>An id passed to <c>profilesByIds</c> or <c>profile</c> names no profile of the project.</summary>
    public const string ProfileNotFound = "PROFILE_NOT_FOUND";

    /// <summary>No credentials, or credentials that match no key.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>Valid credentials whose role does not allow the operation (e.g. a read key on a mutation).</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>An argument is out of range or malformed (e.g. 0 or more than 100 ids).</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>A page size above the maximum, as HotChocolate's <c>HC0051</c>.</summary>
    public const string MaxPageSizeExceeded = "HC0051";

    /// <summary>A negative page size, as HotChocolate's <c>HC0079</c>.</summary>
    public const string NegativePageSize = "HC0079";

    /// <summary>A cursor that cannot be decoded, as HotChocolate's <c>HC0078</c>.</summary>
    public const string InvalidCursor = "HC0078";

    /// <summary>A field or property violates a write rule.</summary>
    public const string InvalidProperty = "INVALID_PROPERTY";

    /// <summary>A size or count limit was exceeded.</summary>
    public const string LimitExceeded = "LIMIT_EXCEEDED";

    /// <summary>The caller sent too many requests in the current window.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The expected version of a profile no longer matches.</summary>
    public const string VersionConflict = "VERSION_CONFLICT";

    /// <summary>An identity is already bound to another user.</summary>
    public const string IdentityConflict = "IDENTITY_CONFLICT";

    /// <summary>The username is used by another account of the project.</summary>
    public const string UsernameTaken = "USERNAME_TAKEN";

    /// <summary>The email address is used by another account of the project.</summary>
    public const string EmailTaken = "EMAIL_TAKEN";

    /// <summary>The key fields were called on a schema built without a key manager (outside a host).</summary>
    public const string KeyManagementUnavailable = "KEY_MANAGEMENT_UNAVAILABLE";

    /// <summary>An unexpected failure inside the server; details are hidden from the caller.</summary>
    public const string InternalError = "INTERNAL_ERROR";
}

using ProfileGraph.Profiles.Rules;

namespace ProfileGraph.Profiles.Resolvers.Mutations;

/// <summary>
/// The error objects of mutation payloads (HotChocolate's mutation conventions): each carries its
/// <c>__typename</c> so the payload's error union resolves to the right type.
/// </summary>
internal static class PayloadErrors
{
    public static IReadOnlyDictionary<string, object?> From(WriteViolation violation) => violation switch
    {
        FieldViolation field => Error("InvalidPropertyError", $"'{field.Key}': {field.Reason}",
            ("key", field.Key), ("reason", field.Reason), ("code", field.Code)),
        LimitViolation limit => LimitExceeded(limit.Limit, limit.MaxAllowed, limit.Actual),
        _ => throw new ArgumentOutOfRangeException(nameof(violation)),
    };

    public static IReadOnlyDictionary<string, object?> LimitExceeded(string limit, int maxAllowed, int actual) =>
        Error("LimitExceededError", $"The limit '{limit}' is {maxAllowed}; the write needs {actual}.",
            ("limit", limit), ("maxAllowed", maxAllowed), ("actual", actual));

    public static IReadOnlyDictionary<string, object?> ProfileNotFound(string profileId) =>
        Error("ProfileNotFoundError", $"The profile '{profileId}' was not found.", ("profileId", profileId));

    public static IReadOnlyDictionary<string, object?> VersionConflict(string profileId, long expected, long actual) =>
        Error("VersionConflictError", $"The profile '{profileId}' has version {actual}, not the expected {expected}.",
            ("profileId", profileId), ("expectedVersion", expected), ("actualVersion", actual));

    public static IReadOnlyDictionary<string, object?> IdentityConflict(string identity, string boundUserId) =>
        Error("IdentityConflictError", $"'{identity}' is already bound to '{boundUserId}'.", ("identity", identity), ("boundUserId", boundUserId));

    public static IReadOnlyDictionary<string, object?> UsernameTaken(string username) =>
        Error("UsernameTakenError", $"The username '{username}' is already taken.", ("username", username));

    public static IReadOnlyDictionary<string, object?> EmailTaken(string email) =>
        Error("EmailTakenError", $"The email '{email}' is already used by another account.", ("email", email));

    public static IReadOnlyDictionary<string, object?> ApiKeyNotFound(string keyId) =>
        Error("ApiKeyNotFoundError", $"No API key '{keyId}' exists in this project.", ("keyId", keyId));

    public static IReadOnlyDictionary<string, object?> StoreRejected(string? code, string? message) =>
        Error("InvalidPropertyError", message ?? "The write does not fit the stored profile.",
            ("key", "properties"), ("reason", message ?? "The write does not fit the stored profile."), ("code", code ?? ViolationCodes.InvalidValueType));

    /// <summary>A payload: the result under <paramref name="resultField"/> and the errors (null when there are none).</summary>
    public static IReadOnlyDictionary<string, object?> Payload(string resultField, object? result, IReadOnlyList<IReadOnlyDictionary<string, object?>>? errors = null) =>
        new Dictionary<string, object?>
        {
            [resultField] = errors is { Count: > 0 } ? null : result,
            ["errors"] = errors is { Count: > 0 } ? errors.Cast<object?>().ToList() : null,
        };

    private static Dictionary<string, object?> Error(string typeName, string message, params (string Key, object? Value)[] fields)
    {
        var error = new Dictionary<string, object?>(StringComparer.Ordinal) { ["__typename"] = typeName, ["message"] = message };
        foreach (var (key, value) in fields)
        {
            error[key] = value;
        }

        return error;
    }
}

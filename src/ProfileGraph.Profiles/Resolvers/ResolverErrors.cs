using ProfileGraph.GraphQL;

namespace ProfileGraph.Profiles.Resolvers;

/// <summary>The field errors of the profile resolvers, with their wording and <c>extensions.code</c>.</summary>
internal static class ResolverErrors
{
    public static GraphQLException ProfileNotFound(string profileId, IReadOnlyList<object>? path = null) =>
        new(new GraphQLError(
            $"The profile '{profileId}' was not found.",
            path: path,
            extensions: new Dictionary<string, object?> { ["code"] = ProfileErrorCodes.ProfileNotFound, ["profileId"] = profileId }));

    public static GraphQLException IdCount(string argument, int count, int max) =>
        new(new GraphQLError(
            $"The argument '{argument}' must hold 1 to {max} ids, not {count}.",
            extensions: new Dictionary<string, object?> { ["code"] = ProfileErrorCodes.InvalidArgument, ["argument"] = argument, ["count"] = count, ["max"] = max }));

    public static GraphQLException MaxPageSize(string coordinate, int requested, int max) =>
        new(new GraphQLError(
            "The maximum allowed items per page were exceeded.",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = ProfileErrorCodes.MaxPageSizeExceeded,
                ["fieldCoordinate"] = coordinate,
                ["requestedItems"] = requested,
                ["maxAllowedItems"] = max,
            }));

    public static GraphQLException NegativePageSize(string coordinate, string argument) =>
        new(new GraphQLError(
            $"The argument '{argument}' must not be negative.",
            extensions: new Dictionary<string, object?> { ["code"] = ProfileErrorCodes.NegativePageSize, ["fieldCoordinate"] = coordinate }));

    public static GraphQLException InvalidCursor(string argument, string cursor) =>
        new(new GraphQLError(
            $"The cursor given in '{argument}' is not valid.",
            extensions: new Dictionary<string, object?> { ["code"] = ProfileErrorCodes.InvalidCursor, ["argument"] = argument, ["cursor"] = cursor }));

    public static GraphQLException InvalidArgument(string message) => new(message, ProfileErrorCodes.InvalidArgument);

    public static GraphQLException NullNotSupported(string operation, string filterType) =>
        new(new GraphQLError(
            $"The provided value for filter `{operation}` of type {filterType} is invalid. Null values are not supported.",
            extensions: new Dictionary<string, object?> { ["code"] = "HC0026", ["filterType"] = filterType }));

    public static GraphQLException NotAuthenticated() =>
        new("The current user is not authenticated.", ProfileErrorCodes.NotAuthenticated);

    public static GraphQLException NotAuthorized() =>
        new("The current user is not authorized to access this resource.", ProfileErrorCodes.NotAuthorized);
}

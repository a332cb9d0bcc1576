using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>Every error the execution stage produces (spec §6, §7.1.2), worded in one place.</summary>
internal static class ExecutionErrors
{
    private static readonly IReadOnlyDictionary<string, object?> NoQueryCode = Code("HC0013");
    private static readonly IReadOnlyDictionary<string, object?> TimeoutCode = Code("HC0045");
    private static readonly IReadOnlyDictionary<string, object?> CanceledCode = Code("HC0049");
    private static readonly IReadOnlyDictionary<string, object?> NonNullCode = Code("HC0018");

    public static GraphQLError NoQuery() =>
        new("Either the parameter query or the parameter id has to be set.", extensions: NoQueryCode);

    public static GraphQLError DocumentNotFound(string id) =>
        new($"The document with the id `{id}` is not known to this server.", extensions: Code("HC0020"));

    /// <summary>Spec §6.1 "GetOperation": no operation in the document.</summary>
    public static GraphQLError NoOperation() => new("Must provide an operation.");

    /// <summary>Spec §6.1 "GetOperation": several operations and no name.</summary>
    public static GraphQLError OperationNameRequired() =>
        new("Must provide operation name if query contains multiple operations.");

    /// <summary>Spec §6.1 "GetOperation": no operation with the requested name.</summary>
    public static GraphQLError OperationNotFound(string name) =>
        new($"Unknown operation named \"{name}\".", extensions: Code("HC0015"));

    public static GraphQLError RootTypeMissing(OperationType operation, OperationDefinitionNode node) =>
        new($"Schema is not configured to execute {operation.ToString().ToLowerInvariant()} operation.", Locate(node.Location));

    public static GraphQLError OperationNotAllowed(OperationType operation) =>
        new($"The operation type `{operation.ToString().ToLowerInvariant()}` is not allowed for this request.");

    public static GraphQLError SubscriptionsNotSupported(OperationDefinitionNode node) =>
        new("Subscriptions are not supported by this server.", Locate(node.Location));

    public static GraphQLError Timeout(TimeSpan timeout) =>
        new($"The request exceeded the configured timeout of `{timeout:c}`.", extensions: TimeoutCode);

    public static GraphQLError Canceled() => new("The request was canceled.", extensions: CanceledCode);

    /// <summary>Spec §6.4.4 "Handling Field Errors": an exception without a GraphQL error hides its details.</summary>
    public static GraphQLError Unexpected(IReadOnlyList<object> path, IReadOnlyList<SourceLocation>? locations) =>
        new("Unexpected Execution Error", locations, path);

    /// <summary>Spec §6.4.3: a non-null field or list item produced null.</summary>
    public static GraphQLError NonNullViolation(string coordinate, IReadOnlyList<object> path, IReadOnlyList<SourceLocation>? locations) =>
        new($"Cannot return null for non-nullable field {coordinate}.", locations, path, NonNullCode);

    /// <summary>Spec §6.4.3: a list field produced something that is not a list.</summary>
    public static GraphQLError ListExpected(string coordinate, IReadOnlyList<object> path, IReadOnlyList<SourceLocation>? locations) =>
        new($"Expected Iterable, but did not find one for field \"{coordinate}\".", locations, path);

    /// <summary>Spec §6.4.3 "ResolveAbstractType" found no possible object type.</summary>
    public static GraphQLError AbstractTypeUnresolved(INamedType type, string coordinate, IReadOnlyList<object> path, IReadOnlyList<SourceLocation>? locations) =>
        new($"Abstract type \"{type.Name}\" must resolve to an Object type at runtime for field \"{coordinate}\".", locations, path);

    /// <summary>Spec §3.9 result coercion of an enum failed.</summary>
    public static GraphQLError EnumCannotRepresent(EnumType type, object value, IReadOnlyList<object> path, IReadOnlyList<SourceLocation>? locations) =>
        new($"Enum \"{type.Name}\" cannot represent value: {value}", locations, path);

    /// <summary>Spec §3.5 result coercion of a scalar failed.</summary>
    public static GraphQLError LeafCannotSerialize(string message, IReadOnlyList<object> path, IReadOnlyList<SourceLocation>? locations) =>
        new(message, locations, path);

    /// <summary>Adds the path and locations of the failing field to an error that lacks them.</summary>
    public static GraphQLError WithLocation(GraphQLError error, IReadOnlyList<object> path, IReadOnlyList<SourceLocation>? locations) =>
        error.Path is not null && error.Locations is not null
            ? error
            : new GraphQLError(error.Message, error.Locations ?? locations, error.Path ?? path, error.Extensions);

    public static IReadOnlyList<SourceLocation>? Locate(Location? location) =>
        location is { } l ? [l.ToSourceLocation()] : null;

    private static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };
}

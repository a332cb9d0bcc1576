using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>Errors of the non-spec limits (<see cref="ValidationOptions"/>).</summary>
internal static partial class ErrorHelper
{
    public static GraphQLError MaxExecutionDepth(OperationDefinitionNode operation, int depth, int max) =>
        Limit(
            $"The GraphQL document has an execution depth of {depth} which exceeds the max allowed execution depth of {max}.",
            "MAX_EXECUTION_DEPTH",
            operation,
            ("executionDepth", depth),
            ("allowedExecutionDepth", max));

    public static GraphQLError MaxFieldCycleDepth(FieldNode field, string coordinate, int max) =>
        Limit("Maximum allowed coordinate cycle depth was exceeded.", "HC0087", field, ("coordinate", coordinate), ("maxCycleDepth", max));

    public static GraphQLError MaxIntrospectionDepth(FieldNode field) =>
        Limit("Maximum allowed introspection depth exceeded.", "HC0086", field);

    public static GraphQLError MaxAliases(OperationDefinitionNode operation, int count, int max) =>
        Limit($"The operation uses {count} aliases, more than the allowed {max}.", "MAX_ALIASES", operation, ("aliases", count), ("maxAliases", max));

    public static GraphQLError MaxFields(OperationDefinitionNode operation, int count, int max) =>
        Limit($"The operation selects {count} fields, more than the allowed {max}.", "MAX_FIELDS", operation, ("fields", count), ("maxFields", max));

    public static GraphQLError MaxFieldCost(OperationDefinitionNode operation, double cost, double max) =>
        Limit("The maximum allowed field cost was exceeded.", "HC0047", operation, ("fieldCost", cost), ("maxFieldCost", max));

    public static GraphQLError MaxTypeCost(OperationDefinitionNode operation, double cost, double max) =>
        Limit("The maximum allowed type cost was exceeded.", "HC0047", operation, ("typeCost", cost), ("maxTypeCost", max));

    private static GraphQLError Limit(string message, string code, ISyntaxNode node, params (string Key, object Value)[] extra)
    {
        var extensions = new Dictionary<string, object?>(extra.Length + 1) { ["code"] = code };
        foreach (var (key, value) in extra)
        {
            extensions[key] = value;
        }

        return new GraphQLError(message, Locate(node), extensions: extensions);
    }
}

using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

// A variable may be used only where its type fits the expected type, and a OneOf input field needs a non-null variable.
// https://spec.graphql.org/October2021/#sec-All-Variable-Usages-are-Allowed
internal sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var operation in context.Operations)
        {
            if (operation.VariableDefinitions.Count == 0)
            {
                continue;
            }

            var usages = context.GetRecursiveVariableUsages(operation);
            foreach (var usage in usages)
            {
                if (FindDefinition(operation, usage.Node.Name.Value) is not { } definition || usage.Type is not { } locationType)
                {
                    continue;
                }

                var variableType = TypeExtensions.TypeFromAst(context.Schema, definition.Type);
                if (variableType is null)
                {
                    continue;
                }

                if (!IsAllowed(context.Schema, variableType, definition.DefaultValue, locationType, usage.DefaultValue))
                {
                    context.ReportError(ErrorHelper.BadVariablePosition(definition, usage.Node, variableType, locationType));
                }

                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
                {
                    context.ReportError(ErrorHelper.NullableVariableInOneOf(definition, usage.Node, variableType, oneOf));
                }
            }
        }
    }

    // The last definition wins when a name repeats, as in graphql-js (UniqueVariableNamesRule reports the repeat).
    private static VariableDefinitionNode? FindDefinition(OperationDefinitionNode operation, string name)
    {
        var definitions = operation.VariableDefinitions;
        for (var i = definitions.Count - 1; i >= 0; i--)
        {
            if (definitions[i].Variable.Name.Value == name)
            {
                return definitions[i];
            }
        }

        return null;
    }

    // A nullable variable fits a non-null position when it or the position has a non-null default value.
    private static bool IsAllowed(Schema schema, IType variableType, IValueNode? variableDefault, IType locationType, IValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && locationDefault is null)
            {
                return false;
            }

            return TypeExtensions.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeExtensions.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}

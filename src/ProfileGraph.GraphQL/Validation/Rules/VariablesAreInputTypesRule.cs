using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

// Variables may only be declared with scalar, enum or input object types (possibly wrapped).
// https://spec.graphql.org/October2021/#sec-Variables-Are-Input-Types
internal sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
        var type = TypeExtensions.TypeFromAst(context.Schema, node.Type);
        if (type is not null && !type.IsInputType())
        {
            context.ReportError(ErrorHelper.VariableNotInputType(node));
        }
    }
}

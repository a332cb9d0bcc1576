using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

// Every non-null argument without a default value must be given to its field or directive.
// https://spec.graphql.org/October2021/#sec-Required-Arguments
internal sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public override void LeaveField(ValidationContext context, FieldNode node)
    {
        if (context.FieldDef is not { Arguments.Count: > 0 } field)
        {
            return;
        }

        foreach (var argument in field.Arguments.Values)
        {
            if (IsRequired(argument) && !IsProvided(node.Arguments, argument.Name))
            {
                context.ReportError(ErrorHelper.MissingFieldArgument(node, field, argument));
            }
        }
    }

    public override void LeaveDirective(ValidationContext context, DirectiveNode node)
    {
        if (context.Directive is not { Arguments.Count: > 0 } directive)
        {
            return;
        }

        foreach (var argument in directive.Arguments.Values)
        {
            if (IsRequired(argument) && !IsProvided(node.Arguments, argument.Name))
            {
                context.ReportError(ErrorHelper.MissingDirectiveArgument(node, argument));
            }
        }
    }

    private static bool IsRequired(InputField argument) => argument.Type is NonNullType && argument.DefaultValue is null;

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}

using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

// Every variable used in an operation, directly or in the fragments it spreads, must be defined by that operation.
// https://spec.graphql.org/October2021/#sec-All-Variable-Uses-Defined
internal sealed class NoUndefinedVariablesRule : ValidationRule
{
    // Usages through fragments are complete only once every definition has been walked.
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var operation in context.Operations)
        {
            var usages = context.GetRecursiveVariableUsages(operation);
            if (usages.Count == 0)
            {
                continue;
            }

            foreach (var usage in usages)
            {
                if (!IsDefined(operation, usage.Node.Name.Value))
                {
                    context.ReportError(ErrorHelper.UndefinedVariable(usage.Node, operation));
                }
            }
        }
    }

    private static bool IsDefined(OperationDefinitionNode operation, string name)
    {
        var definitions = operation.VariableDefinitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i].Variable.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}

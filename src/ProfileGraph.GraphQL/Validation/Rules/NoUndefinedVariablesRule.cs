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

            var defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                defined.Add(definition.Variable.Name.Value);
            }

            foreach (var usage in usages)
            {
                if (!defined.Contains(usage.Node.Name.Value))
                {
                    context.ReportError(ErrorHelper.UndefinedVariable(usage.Node, operation));
                }
            }
        }
    }
}

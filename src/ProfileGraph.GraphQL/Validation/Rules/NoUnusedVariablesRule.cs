using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

// Every variable an operation defines must be used by it, directly or in the fragments it spreads.
// https://spec.graphql.org/October2021/#sec-All-Variables-Used
internal sealed class NoUnusedVariablesRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var operation in context.Operations)
        {
            if (operation.VariableDefinitions.Count == 0)
            {
                continue;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                used.Add(usage.Node.Name.Value);
            }

            foreach (var definition in operation.VariableDefinitions)
            {
                if (!used.Contains(definition.Variable.Name.Value))
                {
                    context.ReportError(ErrorHelper.UnusedVariable(definition, operation));
                }
            }
        }
    }
}

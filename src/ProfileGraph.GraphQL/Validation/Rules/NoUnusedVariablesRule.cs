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

            var usages = context.GetRecursiveVariableUsages(operation);
            HashSet<string>? used = null;
            if (usages.Count * operation.VariableDefinitions.Count > 64)
            {
                used = new HashSet<string>(StringComparer.Ordinal);
                foreach (var usage in usages)
                {
                    used.Add(usage.Node.Name.Value);
                }
            }

            foreach (var definition in operation.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (!(used?.Contains(name) ?? IsUsed(usages, name)))
                {
                    context.ReportError(ErrorHelper.UnusedVariable(definition, operation));
                }
            }
        }
    }

    private static bool IsUsed(IReadOnlyList<VariableUsage> usages, string name)
    {
        for (var i = 0; i < usages.Count; i++)
        {
            if (usages[i].Node.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}

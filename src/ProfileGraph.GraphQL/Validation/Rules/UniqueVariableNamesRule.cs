using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

// An operation must not define two variables with the same name.
// https://spec.graphql.org/October2021/#sec-Variable-Uniqueness
internal sealed class UniqueVariableNamesRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        var definitions = node.VariableDefinitions;
        if (definitions.Count < 2)
        {
            return;
        }

        var groups = new OrderedDictionary<string, List<ISyntaxNode>>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name;
            if (!groups.TryGetValue(name.Value, out var list))
            {
                groups[name.Value] = list = [];
            }

            list.Add(name);
        }

        foreach (var (name, nodes) in groups)
        {
            if (nodes.Count > 1)
            {
                context.ReportError(ErrorHelper.DuplicateVariable(name, nodes));
            }
        }
    }
}

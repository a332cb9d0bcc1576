using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

// Each named operation must have a name no other operation of the document has.
// https://spec.graphql.org/October2021/#sec-Operation-Name-Uniqueness
internal sealed class UniqueOperationNamesRule : ValidationRule
{
    private Dictionary<string, NameNode>? _known;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is not { } name)
        {
            return;
        }

        _known ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
        if (_known.TryGetValue(name.Value, out var first))
        {
            context.ReportError(ErrorHelper.DuplicateOperationName(first, name));
        }
        else
        {
            _known[name.Value] = name;
        }
    }
}

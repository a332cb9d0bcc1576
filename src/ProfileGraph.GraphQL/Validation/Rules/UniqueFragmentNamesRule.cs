using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

// Each fragment definition must have a name no other fragment of the document has.
// https://spec.graphql.org/October2021/#sec-Fragment-Name-Uniqueness
internal sealed class UniqueFragmentNamesRule : ValidationRule
{
    private Dictionary<string, NameNode>? _known;

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        _known ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
        if (_known.TryGetValue(node.Name.Value, out var first))
        {
            context.ReportError(ErrorHelper.DuplicateFragmentName(first, node.Name));
        }
        else
        {
            _known[node.Name.Value] = node.Name;
        }
    }
}

using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

// Every fragment defined in the document must be used by at least one operation, directly or through other fragments.
// https://spec.graphql.org/October2021/#sec-Fragments-Must-Be-Used
internal sealed class NoUnusedFragmentsRule : ValidationRule
{
    private List<FragmentDefinitionNode>? _fragments;

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) =>
        (_fragments ??= []).Add(node);

    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        if (_fragments is null)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in context.GetRecursivelyReferencedFragments(context.Operations))
        {
            used.Add(fragment.Name.Value);
        }

        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                context.ReportError(ErrorHelper.UnusedFragment(fragment));
            }
        }
    }
}

using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

// Every fragment spread must name a fragment defined in the document.
// https://spec.graphql.org/October2021/#sec-Fragment-spread-target-defined
internal sealed class KnownFragmentNamesRule : ValidationRule
{
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.ReportError(ErrorHelper.UnknownFragment(node));
        }
    }
}

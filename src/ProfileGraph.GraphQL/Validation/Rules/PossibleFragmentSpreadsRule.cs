using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

// A fragment may be spread only where some object could be of both the fragment's type and the parent type.
// https://spec.graphql.org/October2021/#sec-Fragment-spread-is-possible
internal sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (context.Type is INamedType fragmentType && fragmentType.IsCompositeType()
            && context.ParentType is { } parentType && parentType.IsCompositeType()
            && !TypeExtensions.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(ErrorHelper.ImpossibleInlineFragment(node, parentType, fragmentType));
        }
    }

    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name.Value) is not { } fragment
            || context.Schema.GetType(fragment.TypeCondition.Name.Value) is not { } fragmentType
            || !fragmentType.IsCompositeType()
            || context.ParentType is not { } parentType)
        {
            return;
        }

        if (!TypeExtensions.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(ErrorHelper.ImpossibleFragmentSpread(node, parentType, fragmentType));
        }
    }
}

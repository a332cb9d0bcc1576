using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

// Fragments may only be declared on object, interface or union types.
// https://spec.graphql.org/October2021/#sec-Fragments-On-Composite-Types
internal sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && context.Schema.GetType(condition.Name.Value) is { } type && !type.IsCompositeType())
        {
            context.ReportError(ErrorHelper.InlineFragmentOnNonCompositeType(condition));
        }
    }

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        if (context.Schema.GetType(node.TypeCondition.Name.Value) is { } type && !type.IsCompositeType())
        {
            context.ReportError(ErrorHelper.FragmentOnNonCompositeType(node.Name.Value, node.TypeCondition));
        }
    }
}

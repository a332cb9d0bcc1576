using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

// Fields of scalar or enum type must not have a selection set; all other fields must have one.
// https://spec.graphql.org/October2021/#sec-Leaf-Field-Selections
internal sealed class ScalarLeafsRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.Type is not { } type)
        {
            return;
        }

        if (type.NamedType().IsLeafType())
        {
            if (node.SelectionSet is not null)
            {
                context.ReportError(ErrorHelper.LeafFieldWithSelection(node, type));
            }
        }
        else if (node.SelectionSet is null)
        {
            context.ReportError(ErrorHelper.CompositeFieldWithoutSelection(node, type));
        }
        else if (node.SelectionSet.Selections.Count == 0)
        {
            context.ReportError(ErrorHelper.CompositeFieldWithEmptySelection(node, type));
        }
    }
}

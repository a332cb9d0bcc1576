using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

// Every directive used must be defined by the schema and allowed at the location where it is used.
// https://spec.graphql.org/October2021/#sec-Directives-Are-Defined
internal sealed class KnownDirectivesRule : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode node, SyntaxNode appliedTo)
    {
        if (context.Directive is not { } definition)
        {
            context.ReportError(ErrorHelper.UnknownDirective(node));
            return;
        }

        var location = appliedTo switch
        {
            OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
            OperationDefinitionNode { Operation: OperationType.Subscription } => DirectiveLocation.Subscription,
            OperationDefinitionNode => DirectiveLocation.Query,
            FieldNode => DirectiveLocation.Field,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            _ => DirectiveLocation.VariableDefinition,
        };
        var locations = definition.Locations;
        for (var i = 0; i < locations.Count; i++)
        {
            if (locations[i] == location)
            {
                return;
            }
        }

        context.ReportError(ErrorHelper.MisplacedDirective(node, LocationName(location)));
    }

    private static string LocationName(DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "QUERY",
        DirectiveLocation.Mutation => "MUTATION",
        DirectiveLocation.Subscription => "SUBSCRIPTION",
        DirectiveLocation.Field => "FIELD",
        DirectiveLocation.FragmentSpread => "FRAGMENT_SPREAD",
        DirectiveLocation.InlineFragment => "INLINE_FRAGMENT",
        DirectiveLocation.FragmentDefinition => "FRAGMENT_DEFINITION",
        _ => "VARIABLE_DEFINITION",
    };
}

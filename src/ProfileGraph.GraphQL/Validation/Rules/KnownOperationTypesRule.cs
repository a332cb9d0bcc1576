using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

// An operation's type (query, mutation, subscription) must have a root type in the schema.
// https://spec.graphql.org/draft/#sec-Operation-Type-Existence
internal sealed class KnownOperationTypesRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (context.Schema.GetRootType(node.Operation) is null)
        {
            context.ReportError(ErrorHelper.OperationTypeMissing(node));
        }
    }
}

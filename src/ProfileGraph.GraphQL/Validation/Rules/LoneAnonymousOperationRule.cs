using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

// An anonymous operation is allowed only when it is the document's only operation.
// https://spec.graphql.org/October2021/#sec-Lone-Anonymous-Operation
internal sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int _operationCount;

    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        var definitions = node.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is OperationDefinitionNode)
            {
                _operationCount++;
            }
        }
    }

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
        {
            context.ReportError(ErrorHelper.AnonymousOperationNotAlone(node));
        }
    }
}

using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

// A document sent for execution may contain only operations and fragments.
// https://spec.graphql.org/October2021/#sec-Executable-Definitions
internal sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        var definitions = node.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is not IExecutableDefinitionNode)
            {
                context.ReportError(ErrorHelper.NonExecutableDefinition(definitions[i]));
            }
        }
    }
}

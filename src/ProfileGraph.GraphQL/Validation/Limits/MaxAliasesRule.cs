using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Limits;

// Non-spec limit: an operation may use at most ValidationOptions.MaxAliases aliases, counting fragments once per spread.
internal sealed class MaxAliasesRule(int maxAliases) : ValidationRule
{
    private OperationShape? _shape;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        _shape ??= new OperationShape(context);
        var aliases = _shape.Of(node.SelectionSet).Aliases;
        if (aliases > maxAliases)
        {
            context.ReportError(ErrorHelper.MaxAliases(node, (int)Math.Min(aliases, int.MaxValue), maxAliases));
        }
    }
}

using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Limits;

// Non-spec limit: an operation's fields may nest at most ValidationOptions.MaxExecutionDepth deep (root fields are depth 1).
internal sealed class MaxExecutionDepthRule(int maxDepth) : ValidationRule
{
    private OperationShape? _shape;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        _shape ??= new OperationShape(context);
        var depth = _shape.Of(node.SelectionSet).Depth;
        if (depth > maxDepth)
        {
            context.ReportError(ErrorHelper.MaxExecutionDepth(node, depth, maxDepth));
        }
    }
}

using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Limits;

// Non-spec limit: an operation may select at most ValidationOptions.MaxFields fields, counting fragments once per spread.
internal sealed class MaxFieldsRule(int maxFields) : ValidationRule
{
    private OperationShape? _shape;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        _shape ??= new OperationShape(context);
        var fields = _shape.Of(node.SelectionSet).Fields;
        if (fields > maxFields)
        {
            context.ReportError(ErrorHelper.MaxFields(node, (int)Math.Min(fields, int.MaxValue), maxFields));
        }
    }
}

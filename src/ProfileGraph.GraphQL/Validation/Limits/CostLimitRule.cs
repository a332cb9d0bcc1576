using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Validation.Cost;

namespace ProfileGraph.GraphQL.Validation.Limits;

// Non-spec limit (HotChocolate HC0047): an operation's field cost and type cost must stay within CostOptions.
internal sealed class CostLimitRule(CostOptions options) : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        var metrics = CostAnalyzer.Analyze(context, node, options);
        if (metrics.FieldCost > options.MaxFieldCost)
        {
            context.ReportError(ErrorHelper.MaxFieldCost(node, metrics.FieldCost, options.MaxFieldCost));
        }
        else if (metrics.TypeCost > options.MaxTypeCost)
        {
            context.ReportError(ErrorHelper.MaxTypeCost(node, metrics.TypeCost, options.MaxTypeCost));
        }
    }
}

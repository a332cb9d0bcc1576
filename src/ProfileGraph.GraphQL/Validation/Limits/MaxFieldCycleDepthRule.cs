using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Limits;

// Non-spec limit (HotChocolate HC0087): the same field coordinate may repeat at most ValidationOptions.MaxFieldCycleDepth times on one path.
internal sealed class MaxFieldCycleDepthRule(int maxCycleDepth) : ValidationRule, FieldPathWalker.IListener
{
    private readonly Dictionary<OutputField, int> _onPath = [];
    private ValidationContext _context = null!;
    private OperationDefinitionNode _operation = null!;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        _context = context;
        _operation = node;
        _onPath.Clear();
        new FieldPathWalker(context, this).Walk(node);
    }

    public bool Enter(FieldNode node, OutputField field)
    {
        var count = _onPath.GetValueOrDefault(field) + 1;
        if (count > maxCycleDepth)
        {
            _context.ReportError(ErrorHelper.MaxFieldCycleDepth(node, field.Coordinate, maxCycleDepth));
            return false;
        }

        _onPath[field] = count;
        return true;
    }

    public void Leave(FieldNode node, OutputField field)
    {
        var count = _onPath[field] - 1;
        if (count == 0)
        {
            _onPath.Remove(field);
        }
        else
        {
            _onPath[field] = count;
        }
    }
}

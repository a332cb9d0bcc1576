using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

// A fragment must not spread itself, directly or through other fragments.
// https://spec.graphql.org/October2021/#sec-Fragment-spreads-must-not-form-cycles
internal sealed class NoFragmentCyclesRule : ValidationRule
{
    private HashSet<string> _visited = null!;
    private List<FragmentSpreadNode> _spreadPath = null!;
    private Dictionary<string, int> _spreadPathIndexByName = null!;

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        if (_visited is null)
        {
            _visited = new HashSet<string>(StringComparer.Ordinal);
            _spreadPath = [];
            _spreadPathIndexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        DetectCycle(context, node);
    }

    // Depth-first search; every fragment is entered once, so the work stays linear.
    private void DetectCycle(ValidationContext context, FragmentDefinitionNode fragment)
    {
        var fragmentName = fragment.Name.Value;
        if (!_visited.Add(fragmentName))
        {
            return;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
        for (var i = 0; i < spreads.Count; i++)
        {
            var spread = spreads[i];
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (context.GetFragment(spreadName) is { } spreadFragment)
                {
                    DetectCycle(context, spreadFragment);
                }
            }
            else
            {
                context.ReportError(ErrorHelper.FragmentCycle(spreadName, _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex)));
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _spreadPathIndexByName.Remove(fragmentName);
    }
}

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// A <c>@skip(if: $v)</c> or <c>@include(if: $v)</c> that depends on a variable (spec §3.13), chained with the
/// conditions of enclosing fragments and parent fields: a selection is included when every link holds.
/// Literal conditions are decided when the plan is built and never appear here.
/// </summary>
internal sealed class InclusionCondition(string variable, bool skip, InclusionCondition? next)
{
    public string Variable { get; } = variable;

    /// <summary>True for <c>@skip</c>, false for <c>@include</c>.</summary>
    public bool Skip { get; } = skip;

    public InclusionCondition? Next { get; } = next;

    public static bool IsIncluded(InclusionCondition? condition, IReadOnlyDictionary<string, object?> variables)
    {
        for (var c = condition; c is not null; c = c.Next)
        {
            var value = variables.TryGetValue(c.Variable, out var v) && v is true;
            if (value == c.Skip)
            {
                return false;
            }
        }

        return true;
    }
}

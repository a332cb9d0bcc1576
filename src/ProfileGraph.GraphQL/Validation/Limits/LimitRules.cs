using ProfileGraph.GraphQL.Validation.Cost;

namespace ProfileGraph.GraphQL.Validation.Limits;

/// <summary>Adds the rules of the limits that <see cref="ValidationOptions"/> turns on.</summary>
internal static class LimitRules
{
    public static void AddTo(List<Func<ValidationRule>> rules, ValidationOptions options)
    {
        if (options.MaxExecutionDepth is { } depth)
        {
            rules.Add(() => new MaxExecutionDepthRule(depth));
        }

        if (options.MaxFieldCycleDepth is { } cycleDepth)
        {
            rules.Add(() => new MaxFieldCycleDepthRule(cycleDepth));
        }

        if (options.MaxAliases is { } aliases)
        {
            rules.Add(() => new MaxAliasesRule(aliases));
        }

        if (options.MaxFields is { } fields)
        {
            rules.Add(() => new MaxFieldsRule(fields));
        }

        if (options.MaxIntrospectionDepth is { } introspectionDepth)
        {
            rules.Add(() => new MaxIntrospectionDepthRule(introspectionDepth));
        }

        if (options.Cost is { Enabled: true } cost)
        {
            rules.Add(() => new CostLimitRule(cost));
        }
    }
}

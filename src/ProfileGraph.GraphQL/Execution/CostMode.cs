namespace ProfileGraph.GraphQL.Execution;

/// <summary>What to do with the operation's cost (the <c>GraphQL-Cost</c> request header).</summary>
public enum CostMode
{
    /// <summary>Execute normally.</summary>
    None,

    /// <summary>Execute and add <c>extensions.operationCost</c> to the result.</summary>
    Report,

    /// <summary>Only compute the cost and return it in <c>extensions.operationCost</c>; do not execute.</summary>
    Validate,
}

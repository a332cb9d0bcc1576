namespace ProfileGraph.GraphQL.Validation.Cost;

/// <summary>The cost of one operation, as reported by <c>GraphQL-Cost: report</c> (<c>extensions.operationCost</c>).</summary>
/// <param name="FieldCost">Execution impact: the weights of the selected fields times the sizes of the lists around them.</param>
/// <param name="TypeCost">Data impact: how many objects the operation may produce.</param>
public readonly record struct CostMetrics(double FieldCost, double TypeCost);

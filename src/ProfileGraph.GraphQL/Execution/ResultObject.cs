namespace ProfileGraph.GraphQL.Execution;

/// <summary>An object in the response: the values of a <see cref="SelectionPlan"/>'s fields for one parent value.</summary>
internal sealed class ResultObject(SelectionPlan plan, object? source, ResultNode? parent, int parentIndex, bool nonNullInParent)
    : ResultNode(parent, parentIndex, nonNullInParent)
{
    private readonly object?[] _values = plan.Fields.Length == 0 ? [] : new object?[plan.Fields.Length];

    public SelectionPlan Plan { get; } = plan;

    /// <summary>The parent value handed to the fields' resolvers.</summary>
    public object? Source { get; } = source;

    public override object?[] Values => _values;

    public override void AppendSegment(List<object> path, int index) => path.Add(Plan.Fields[index].ResponseName);
}

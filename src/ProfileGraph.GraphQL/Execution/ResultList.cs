namespace ProfileGraph.GraphQL.Execution;

/// <summary>A list in the response.</summary>
internal sealed class ResultList(int count, ResultNode parent, int parentIndex, bool nonNullInParent)
    : ResultNode(parent, parentIndex, nonNullInParent)
{
    private readonly object?[] _values = count == 0 ? [] : new object?[count];

    public override object?[] Values => _values;

    public override void AppendSegment(List<object> path, int index) => path.Add(index);
}

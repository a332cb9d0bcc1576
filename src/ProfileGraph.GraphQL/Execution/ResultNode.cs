namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// A node of the response tree built during execution: an object or a list, linked to the slot that holds it so
/// that a null can propagate upwards (spec §6.4.4 "Handling Field Errors").
/// </summary>
internal abstract class ResultNode(ResultNode? parent, int parentIndex, bool nonNullInParent)
{
    public ResultNode? Parent { get; } = parent;

    /// <summary>The slot in <see cref="Parent"/> that holds this node.</summary>
    public int ParentIndex { get; } = parentIndex;

    /// <summary>True when the slot's type is non-null, so this node cannot be replaced by null there.</summary>
    public bool NonNullInParent { get; } = nonNullInParent;

    /// <summary>True once a null replaced this node (or an ancestor) in the response.</summary>
    public bool IsInvalidated { get; set; }

    public abstract object?[] Values { get; }

    /// <summary>Appends the response path of <paramref name="index"/> in this node.</summary>
    public abstract void AppendSegment(List<object> path, int index);

    public List<object> GetPath(int index)
    {
        var path = new List<object>(8);
        AppendPathTo(path);
        AppendSegment(path, index);
        return path;
    }

    public Path ToPath(int index)
    {
        var segments = GetPath(index);
        var path = Path.Root;
        foreach (var segment in segments)
        {
            path = segment is int i ? path.Append(i) : path.Append((string)segment);
        }

        return path;
    }

    private void AppendPathTo(List<object> path)
    {
        if (Parent is not null)
        {
            Parent.AppendPathTo(path);
            Parent.AppendSegment(path, ParentIndex);
        }
    }
}

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

/// <summary>A list in the response.</summary>
internal sealed class ResultList(int count, ResultNode parent, int parentIndex, bool nonNullInParent)
    : ResultNode(parent, parentIndex, nonNullInParent)
{
    private readonly object?[] _values = count == 0 ? [] : new object?[count];

    public override object?[] Values => _values;

    public override void AppendSegment(List<object> path, int index) => path.Add(index);
}

/// <summary>A leaf already serialized to JSON (custom scalars, and built-ins given an unusual CLR value).</summary>
internal sealed class RawJsonValue(byte[] utf8)
{
    public byte[] Utf8 { get; } = utf8;
}

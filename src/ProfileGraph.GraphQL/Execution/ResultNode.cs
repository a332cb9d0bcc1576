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

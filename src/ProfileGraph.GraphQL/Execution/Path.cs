using System.Text;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// A response path (spec §7.1.2 "Path"): field response names and list indexes from the root to a value.
/// Immutable; <see cref="Root"/> is the empty path.
/// </summary>
public sealed class Path
{
    private readonly string? _name;
    private readonly int _index;

    private Path(Path? parent, string? name, int index)
    {
        Parent = parent;
        _name = name;
        _index = index;
        Length = parent is null ? 0 : parent.Length + 1;
    }

    /// <summary>The empty path.</summary>
    public static Path Root { get; } = new(null, null, -1);

    /// <summary>The path without its last segment, or null for <see cref="Root"/>.</summary>
    public Path? Parent { get; }

    /// <summary>The number of segments.</summary>
    public int Length { get; }

    /// <summary>The last segment: a response name (string) or a list index (int); null for <see cref="Root"/>.</summary>
    public object? Segment => Parent is null ? null : _name is null ? _index : _name;

    /// <summary>A path with a field response name appended.</summary>
    public Path Append(string responseName)
    {
        ArgumentNullException.ThrowIfNull(responseName);
        return new Path(this, responseName, -1);
    }

    /// <summary>A path with a list index appended.</summary>
    public Path Append(int index) => new(this, null, index);

    /// <summary>The segments from the root, as written to a response's <c>path</c>.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Length];
        for (var p = this; p.Parent is not null; p = p.Parent)
        {
            segments[p.Length - 1] = p.Segment!;
        }

        return segments;
    }

    /// <summary>The path as <c>/a/0/b</c>.</summary>
    public override string ToString()
    {
        if (Parent is null)
        {
            return "/";
        }

        var builder = new StringBuilder();
        foreach (var segment in ToList())
        {
            builder.Append('/').Append(segment);
        }

        return builder.ToString();
    }
}

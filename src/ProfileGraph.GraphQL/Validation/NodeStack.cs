namespace ProfileGraph.GraphQL.Validation;

/// <summary>A minimal stack of nullable references that never allocates once grown.</summary>
internal sealed class NodeStack<T>
    where T : class
{
    private T?[] _items = new T?[16];
    private int _count;

    public int Count => _count;

    public void Push(T? item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = item;
    }

    public void Pop() => _items[--_count] = null;

    /// <summary>The item <paramref name="depth"/> places below the top, or null when there is none.</summary>
    public T? Peek(int depth = 0)
    {
        var index = _count - 1 - depth;
        return index >= 0 ? _items[index] : null;
    }
}

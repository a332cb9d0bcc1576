namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// A bounded, thread-safe least-recently-used cache of prepared documents, keyed by the query text (hashed by the
/// dictionary, compared in full so a collision can never serve the wrong document) or by a document id.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, CachedDocument Document)>> _entries =
        new(StringComparer.Ordinal);

    private readonly LinkedList<(string Key, CachedDocument Document)> _order = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(string key, out CachedDocument document)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                if (node != _order.First)
                {
                    _order.Remove(node);
                    _order.AddFirst(node);
                }

                document = node.Value.Document;
                return true;
            }
        }

        document = null!;
        return false;
    }

    /// <summary>Adds a document, or returns the one another request added first.</summary>
    public CachedDocument GetOrAdd(string key, CachedDocument document)
    {
        if (capacity <= 0)
        {
            return document;
        }

        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                return existing.Value.Document;
            }

            _entries[key] = _order.AddFirst((key, document));
            while (_entries.Count > capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _entries.Remove(last.Value.Key);
            }

            return document;
        }
    }
}

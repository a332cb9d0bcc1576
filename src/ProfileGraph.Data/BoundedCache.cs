using System.Collections.Concurrent;

namespace ProfileGraph.Data;

/// <summary>
/// Values derived from a key that repeats (a selection, a statement shape), kept up to a bound: once full, new keys
/// are derived each time and not kept, so unusual keys cannot grow it without end and the common ones stay.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int limit, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new(comparer);

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> derive)
    {
        if (_values.TryGetValue(key, out var value))
        {
            return value;
        }

        value = derive(key);
        if (_values.Count < limit)
        {
            _values.TryAdd(key, value);
        }

        return value;
    }

    public void Clear() => _values.Clear();
}

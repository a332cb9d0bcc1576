using System.Collections;

namespace ProfileGraph.Data.Sql;

/// <summary>
/// The cursors of a page, each encoded (and signed) the first time it is read: a caller that selects only the
/// items pays for no cursor.
/// </summary>
internal sealed class CursorList(CursorCodec codec, ProjectScope scope, IReadOnlyList<SortKey> keys, IReadOnlyList<object?[]> sortValues) : IReadOnlyList<string>
{
    private readonly string?[] _encoded = new string?[sortValues.Count];

    public int Count => _encoded.Length;

    public string this[int index] => _encoded[index] ??= codec.Encode(scope, keys, sortValues[index]);

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace ProfileGraph.Data.Postgres;

/// <summary>
/// Rows in PostgreSQL's binary COPY format (https://www.postgresql.org/docs/current/sql-copy.html, "Binary Format"),
/// written into one pooled buffer, so a load encodes its rows on every core and its connection only sends bytes. Each
/// field is a big-endian length and the value in the type's binary form; the caller writes the fields in the order of
/// the COPY's column list. <see cref="Header"/> opens a COPY and <see cref="Trailer"/> ends it.
/// </summary>
internal sealed class BinaryCopyRows : IBufferWriter<byte>
{
    /// <summary>Signature, no flags, no header extension.</summary>
    public static ReadOnlyMemory<byte> Header { get; } = new byte[] { (byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0 };

    /// <summary>A field count of -1.</summary>
    public static ReadOnlyMemory<byte> Trailer { get; } = new byte[] { 0xFF, 0xFF };

    // Unpaired surrogates fail the row, as they fail a parameter, instead of becoming U+FFFD.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Microseconds of timestamptz count from 2000-01-01 UTC; DateTime.MinValue is -infinity, as a parameter sends it.
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private byte[] _buffer;
    private int _length;

    public BinaryCopyRows(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(capacity);

    /// <summary>The rows written so far.</summary>
    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _length);

    /// <summary>Gives the buffer back to the pool; <see cref="Written"/> is invalid afterwards.</summary>
    public void Release()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
    }

    /// <summary>Text as UTF-8, for <see cref="WriteText(ReadOnlySpan{byte})"/> of a value every row repeats.</summary>
    public static byte[] Utf8Bytes(string text) => Utf8.GetBytes(text);

    public void StartRow(short fieldCount) => BinaryPrimitives.WriteInt16BigEndian(Take(2), fieldCount);

    /// <summary>A text field from bytes already encoded as UTF-8.</summary>
    public void WriteText(ReadOnlySpan<byte> utf8)
    {
        BinaryPrimitives.WriteInt32BigEndian(Take(4), utf8.Length);
        utf8.CopyTo(Take(utf8.Length));
    }

    public void WriteText(string text)
    {
        var length = Utf8.GetByteCount(text);
        BinaryPrimitives.WriteInt32BigEndian(Take(4), length);
        Utf8.GetBytes(text, Take(length));
    }

    /// <summary>A bigint field; returns where its value is, for <see cref="PatchInt64"/>.</summary>
    public int WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt32BigEndian(Take(4), 8);
        var at = _length;
        BinaryPrimitives.WriteInt64BigEndian(Take(8), value);
        return at;
    }

    /// <summary>Sets a bigint written earlier, once its value is known.</summary>
    public void PatchInt64(int at, long value) => BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(at, 8), value);

    /// <summary>A timestamptz field from a UTC time.</summary>
    public void WriteTimestamp(DateTime utc) =>
        WriteInt64(utc == DateTime.MinValue ? long.MinValue : (utc.Ticks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond);

    /// <summary>
    /// Opens a jsonb field (format version 1, then the JSON text), for the caller to write the JSON through this
    /// writer; <see cref="EndField"/> with the returned position sets its length.
    /// </summary>
    public int StartJsonb()
    {
        var at = _length;
        Take(4);
        Take(1)[0] = 1;
        return at;
    }

    public void EndField(int at) => BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(at, 4), _length - at - 4);

    public void Advance(int count) => _length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_length);
    }

    private Span<byte> Take(int count)
    {
        Ensure(count);
        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    private void Ensure(int sizeHint)
    {
        var needed = _length + Math.Max(sizeHint, 256);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, 2 * _buffer.Length));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}

using ProfileGraph.Server.Http;

namespace ProfileGraph.Server.Tests.Http;

public sealed class PooledBufferWriterTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(7, 0)]
    [InlineData(100, 50)]
    [InlineData(5000, 9000)]
    public void Written_bytes_come_back_in_order_however_the_buffer_grows(int chunk, int sizeHint)
    {
        var expected = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 31)).ToArray();
        using var writer = new PooledBufferWriter(16);
        for (var offset = 0; offset < expected.Length; offset += chunk)
        {
            var part = expected.AsSpan(offset, Math.Min(chunk, expected.Length - offset));
            var span = writer.GetSpan(Math.Max(sizeHint, part.Length));
            Assert.True(span.Length >= Math.Max(sizeHint, part.Length));
            part.CopyTo(span);
            writer.Advance(part.Length);
        }

        Assert.Equal(expected, writer.WrittenMemory.ToArray());
    }

    [Fact]
    public void Advancing_past_the_space_handed_out_or_backwards_is_refused()
    {
        using var writer = new PooledBufferWriter(16);
        var length = writer.GetSpan(16).Length;
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(length + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(-1));
        writer.Advance(3);
        Assert.Equal(3, writer.WrittenMemory.Length);
    }

    [Fact]
    public void A_disposed_writer_hands_out_no_more_space()
    {
        var writer = new PooledBufferWriter(16);
        writer.Dispose();
        Assert.Throws<ObjectDisposedException>(() => writer.GetSpan());
        Assert.Equal(0, writer.WrittenMemory.Length);
    }
}

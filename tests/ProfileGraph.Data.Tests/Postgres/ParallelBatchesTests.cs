using ProfileGraph.Data.Postgres;

namespace ProfileGraph.Data.Tests.Postgres;

public sealed class ParallelBatchesTests
{
    [Fact]
    public async Task Batches_come_back_in_the_source_order_however_long_each_takes()
    {
        var mapped = new List<int>();
        await foreach (var batch in ParallelBatches.MapAsync(Enumerable.Range(0, 5000), Slowly, 7))
        {
            mapped.AddRange(batch);
        }

        Assert.Equal(Enumerable.Range(0, 5000).Select(i => i * 2), mapped);

        // Later batches often finish first: the odd ones wait a little.
        static int[] Slowly(int[] items)
        {
            if (items[0] % 2 == 1)
            {
                Thread.Sleep(1);
            }

            return Array.ConvertAll(items, i => i * 2);
        }
    }

    [Fact]
    public async Task A_failing_batch_reaches_the_consumer_as_it_was_thrown_after_the_batches_before_it()
    {
        var taken = 0;
        var error = await Assert.ThrowsAsync<FormatException>(async () =>
        {
            await foreach (var batch in ParallelBatches.MapAsync(Enumerable.Range(0, 1000), Fail(500), 10))
            {
                taken += batch.Length;
            }
        });

        Assert.Equal("item 500", error.Message);
        Assert.Equal(500, taken);

        static Func<int[], int[]> Fail(int at) => items => items.Contains(at) ? throw new FormatException($"item {at}") : items;
    }

    [Fact]
    public async Task A_failing_source_reaches_the_consumer_after_the_batches_read_before_it()
    {
        var taken = 0;
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var batch in ParallelBatches.MapAsync(Source(), items => items, 10))
            {
                taken += batch.Length;
            }
        });

        Assert.Equal(300, taken);

        static IEnumerable<int> Source()
        {
            for (var i = 0; i < 305; i++)
            {
                yield return i;
            }

            throw new InvalidOperationException("source failed");
        }
    }
}

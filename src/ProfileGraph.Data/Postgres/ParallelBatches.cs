using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace ProfileGraph.Data.Postgres;

/// <summary>
/// Maps a sequence on every core, in batches, for one consumer: one task reads the source, one per core maps, the
/// caller takes the mapped batches (in no fixed order). Bounded channels keep memory flat however long the source is.
/// The first failure stops the rest and reaches the consumer as it was thrown.
/// </summary>
internal static class ParallelBatches
{
    public static async IAsyncEnumerable<TOut[]> MapAsync<TIn, TOut>(
        IEnumerable<TIn> source, Func<TIn, TOut> map, int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var workers = Environment.ProcessorCount;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var input = Channel.CreateBounded<TIn[]>(workers);
        var output = Channel.CreateBounded<TOut[]>(workers);
        ExceptionDispatchInfo? failure = null;

        Task Run(Func<Task> work, Action? done) => Task.Run(async () =>
        {
            try
            {
                await work().ConfigureAwait(false);
            }
            catch (Exception ex) when (!stop.IsCancellationRequested)
            {
                // Only the first failure is kept; the tasks it stops end as cancelled.
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(ex), null);
                await stop.CancelAsync().ConfigureAwait(false);
            }
            finally
            {
                done?.Invoke();
            }
        });

        var producer = Run(async () =>
        {
            foreach (var chunk in source.Chunk(batchSize))
            {
                await input.Writer.WriteAsync(chunk, stop.Token).ConfigureAwait(false);
            }
        }, () => input.Writer.TryComplete());
        var mappers = Enumerable.Range(0, workers).Select(_ => Run(async () =>
        {
            await foreach (var chunk in input.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                await output.Writer.WriteAsync(Array.ConvertAll(chunk, item => map(item)), stop.Token).ConfigureAwait(false);
            }
        }, null));
        var all = Task.WhenAll(mappers.Append(producer).ToArray());
        _ = all.ContinueWith(_ => output.Writer.TryComplete(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            await foreach (var batch in output.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return batch;
            }

            await all.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            failure?.Throw();
            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            // Also when the consumer stopped early or failed: no background work outlives the enumeration.
            await stop.CancelAsync().ConfigureAwait(false);
            await all.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}

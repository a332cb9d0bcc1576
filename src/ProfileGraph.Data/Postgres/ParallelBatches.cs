using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace ProfileGraph.Data.Postgres;

/// <summary>
/// Maps a sequence on every core, a batch at a time, for one consumer that takes the results in the source's order:
/// one task reads the source and starts a mapping task per batch; the consumer awaits them in turn. A bounded queue of batches in
/// flight keeps memory flat however long the source is. The first failure in source order reaches the consumer as it
/// was thrown, and stops the rest.
/// </summary>
/// <remarks>
/// The order matters to a load: rows land in the table as the caller gave them, so a source sorted by id (a typical
/// export) gives indexes led by the id presorted input, which PostgreSQL's index build then sorts in one pass.
/// </remarks>
internal static class ParallelBatches
{
    public static async IAsyncEnumerable<TOut> MapAsync<TIn, TOut>(
        IEnumerable<TIn> source, Func<TIn[], TOut> map, int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Two batches per core in flight keep every core busy while the consumer works through the oldest one.
        var inFlight = Channel.CreateBounded<Task<TOut>>(2 * Environment.ProcessorCount);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ExceptionDispatchInfo? sourceFailure = null;
        var reader = Task.Run(async () =>
        {
            try
            {
                foreach (var chunk in source.Chunk(batchSize))
                {
                    var mapped = Task.Run(() => map(chunk), stop.Token);
                    await inFlight.Writer.WriteAsync(mapped, stop.Token).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (!stop.IsCancellationRequested)
            {
                // Reading the source failed: the consumer gets it after the batches read before it.
                sourceFailure = ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                inFlight.Writer.TryComplete();
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var batch in inFlight.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                yield return await batch.ConfigureAwait(false);
            }

            await reader.ConfigureAwait(false);
            sourceFailure?.Throw();
            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            // Also when the consumer stopped early or failed: no background work outlives the enumeration, and the
            // failures of batches nobody will take are observed here.
            await stop.CancelAsync().ConfigureAwait(false);
            await reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (inFlight.Reader.TryRead(out var left))
            {
                await ((Task)left).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}

using ProfileGraph.Data.Storage;

namespace ProfileGraph.Data.Tests.Storage;

public sealed class IncrementBatchesTests
{
    private static StoredDocument Document(string id) => new(id, 2, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, []);

    /// <summary>A batch runner that holds each batch until released, recording what it was given.</summary>
    private sealed class Runner
    {
        private readonly object _gate = new();
        private int _running;

        public List<List<string>> Batches { get; } = [];

        public int MostRunning { get; private set; }

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Func<string, bool> Changes { get; init; } = _ => true;

        public async Task<Dictionary<string, StoredDocument>> RunAsync(IReadOnlyList<(string Id, int Shard)> batch)
        {
            lock (_gate)
            {
                Batches.Add(batch.Select(b => b.Id).ToList());
                MostRunning = Math.Max(MostRunning, ++_running);
            }

            await Release.Task;
            lock (_gate)
            {
                _running--;
            }

            return batch.Where(b => Changes(b.Id)).ToDictionary(b => b.Id, b => Document(b.Id));
        }
    }

    private static Task<StoredDocument?> Alone(string id, int shard) => Task.FromResult<StoredDocument?>(Document(id));

    [Fact]
    public async Task Increments_that_wait_run_together_with_distinct_ids_in_order_and_no_more_batches_at_once_than_allowed()
    {
        var batches = new IncrementBatches();
        var runner = new Runner { Changes = id => id != "b" };
        var first = Enumerable.Range(0, IncrementBatches.MaxRunning).Select(i => $"x{i}").ToList();
        string[] ids = [.. first, "d", "c", "b", "a", "c", "e", "c"];
        var calls = ids.Select(id => batches.RunAsync("shape", id, 0, runner.RunAsync, Alone)).ToList();
        await Task.Delay(50);
        runner.Release.SetResult();
        var results = await Task.WhenAll(calls);

        // The first calls found the shape idle and ran at once, each alone; the rest waited and went in the next batches.
        Assert.Equal(first.Select(id => new List<string> { id }), runner.Batches.Take(first.Count));
        Assert.Equal(IncrementBatches.MaxRunning, runner.MostRunning);
        Assert.All(runner.Batches, b => Assert.Equal(b.Order(StringComparer.Ordinal).Distinct(), b));
        Assert.Equal(ids.Order(StringComparer.Ordinal), runner.Batches.SelectMany(b => b).Order(StringComparer.Ordinal));
        Assert.Contains(["a", "b", "c", "d", "e"], runner.Batches);
        Assert.Equal(ids.Select(id => id == "b" ? null : id), results.Select(r => r?.Id));
    }

    [Fact]
    public async Task A_batch_holds_at_most_the_maximum()
    {
        var batches = new IncrementBatches();
        var runner = new Runner();
        var ids = Enumerable.Range(0, (IncrementBatches.MaxBatch * 2) + 10).Select(i => $"id{i:D4}").ToList();
        var calls = ids.Select(id => batches.RunAsync("shape", id, 0, runner.RunAsync, Alone)).ToList();
        runner.Release.SetResult();
        await Task.WhenAll(calls);
        Assert.All(runner.Batches, b => Assert.InRange(b.Count, 1, IncrementBatches.MaxBatch));
        Assert.Equal(ids.Count, runner.Batches.Sum(b => b.Count));
    }

    [Fact]
    public async Task Shapes_do_not_share_batches()
    {
        var batches = new IncrementBatches();
        var runner = new Runner();
        var calls = new[] { "s1", "s2", "s1", "s2", "s1", "s2" }.Select((shape, i) => batches.RunAsync(shape, $"{shape}-{i}", 0, runner.RunAsync, Alone)).ToList();
        runner.Release.SetResult();
        await Task.WhenAll(calls);
        Assert.All(runner.Batches, b => Assert.Single(b.Select(id => id[..2]).Distinct()));
    }

    [Fact]
    public async Task A_failed_batch_runs_each_increment_alone_and_a_failure_alone_reaches_only_its_caller()
    {
        var batches = new IncrementBatches();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;
        async Task<Dictionary<string, StoredDocument>> Failing(IReadOnlyList<(string Id, int Shard)> batch)
        {
            if (Interlocked.Increment(ref started) <= IncrementBatches.MaxRunning)
            {
                await gate.Task;
            }

            throw new StoreException("deadlock detected", isTransient: true);
        }

        Task<StoredDocument?> AloneFailingFor(string id, int shard) =>
            id == "bad" ? throw new StoreException("bad row", isTransient: false) : Alone(id, shard);

        // The first calls occupy every running batch; the next four wait and then fail together as one batch.
        var first = Enumerable.Range(0, IncrementBatches.MaxRunning).Select(i => batches.RunAsync("shape", $"x{i}", 0, Failing, AloneFailingFor)).ToList();
        var waiting = new[] { "a", "bad", "c", "d" }.Select(id => batches.RunAsync("shape", id, 0, Failing, AloneFailingFor)).ToList();
        gate.SetResult();

        // A batch of one fails as the single statement would.
        foreach (var call in first)
        {
            Assert.Equal("deadlock detected", (await Assert.ThrowsAsync<StoreException>(() => call)).Message);
        }

        Assert.Equal("a", (await waiting[0])!.Id);
        Assert.Equal("bad row", (await Assert.ThrowsAsync<StoreException>(() => waiting[1])).Message);
        Assert.Equal("c", (await waiting[2])!.Id);
        Assert.Equal("d", (await waiting[3])!.Id);
    }
}

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// The request's DataLoader queue. Keys asked for while resolvers run are held until the executor has no
/// synchronous work left; then every loader with waiting keys is dispatched once with all of them. Values are
/// cached per request by key. Thread-safe: async resolvers call <see cref="Load{TKey, TValue}"/> from any thread.
/// Results are delivered with synchronous continuations, so every resolver a batch wakes has run to its next await
/// before the delivery ends; no dispatch happens during a delivery, which keeps the next wave's keys together.
/// </summary>
internal sealed class BatchScheduler(Action wake)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, IBatch> _batches = new(StringComparer.Ordinal);
    private readonly List<IBatch> _waiting = [];
    // Created lazily by the first load, possibly while the executor already waits: start idle so that load wakes it.
    private bool _idle = true;
    private int _delivering;

    /// <summary>True while a finished batch hands its values to the resolvers waiting for them.</summary>
    public bool IsDelivering => Volatile.Read(ref _delivering) > 0;

    /// <summary>True when some keys wait for a dispatch.</summary>
    public bool HasWaiting
    {
        get
        {
            lock (_lock)
            {
                return _waiting.Count > 0;
            }
        }
    }

    public Task<TValue?> Load<TKey, TValue>(
        string loaderKey,
        TKey key,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(loaderKey);
        ArgumentNullException.ThrowIfNull(batch);
        Task<TValue?> task;
        var wakeExecutor = false;
        lock (_lock)
        {
            if (!_batches.TryGetValue(loaderKey, out var existing))
            {
                existing = new Batch<TKey, TValue>(this, batch);
                _batches[loaderKey] = existing;
            }

            if (existing is not Batch<TKey, TValue> typed)
            {
                throw new InvalidOperationException(
                    $"The loader `{loaderKey}` is used with different key or value types in one request.");
            }

            task = typed.Enqueue(key, out var added);
            if (added && !typed.IsWaiting)
            {
                typed.IsWaiting = true;
                _waiting.Add(typed);
            }

            if (_idle && _waiting.Count > 0 && !IsDelivering)
            {
                _idle = false;
                wakeExecutor = true;
            }
        }

        if (wakeExecutor)
        {
            wake();
        }

        return task;
    }

    /// <summary>Marks the executor as waiting; false (and not idle) when keys wait and could be dispatched now.</summary>
    public bool TryEnterIdle()
    {
        lock (_lock)
        {
            _idle = _waiting.Count == 0 || IsDelivering;
            return _idle;
        }
    }

    public void LeaveIdle()
    {
        lock (_lock)
        {
            _idle = false;
        }
    }

    /// <summary>Starts one batch call per loader with waiting keys.</summary>
    public void DispatchAll(CancellationToken cancellationToken)
    {
        List<Action> dispatches;
        lock (_lock)
        {
            dispatches = new List<Action>(_waiting.Count);
            foreach (var batch in _waiting)
            {
                batch.IsWaiting = false;
                dispatches.Add(batch.TakeWaiting(cancellationToken));
            }

            _waiting.Clear();
        }

        foreach (var dispatch in dispatches)
        {
            dispatch();
        }
    }

    private void BeginDelivery() => Interlocked.Increment(ref _delivering);

    private void EndDelivery()
    {
        Interlocked.Decrement(ref _delivering);
        wake();
    }

    private interface IBatch
    {
        bool IsWaiting { get; set; }

        /// <summary>Takes the waiting keys (under the scheduler's lock) and returns the call to run outside it.</summary>
        Action TakeWaiting(CancellationToken cancellationToken);
    }

    private sealed class Batch<TKey, TValue>(
        BatchScheduler scheduler,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> load) : IBatch
        where TKey : notnull
    {
        private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _cache = [];
        private List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> _waiting = [];

        public bool IsWaiting { get; set; }

        public Task<TValue?> Enqueue(TKey key, out bool added)
        {
            if (_cache.TryGetValue(key, out var known))
            {
                added = false;
                return known.Task;
            }

            var source = new TaskCompletionSource<TValue?>();
            _cache[key] = source;
            _waiting.Add(new(key, source));
            added = true;
            return source.Task;
        }

        public Action TakeWaiting(CancellationToken cancellationToken)
        {
            var waiting = _waiting;
            _waiting = [];
            return () => _ = RunAsync(waiting, cancellationToken);
        }

        private async Task RunAsync(
            List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> waiting, CancellationToken cancellationToken)
        {
            IReadOnlyDictionary<TKey, TValue>? values = null;
            Exception? error = null;
            try
            {
                var keys = new TKey[waiting.Count];
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i] = waiting[i].Key;
                }

                values = await load(keys, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                error = ex;
            }

            scheduler.BeginDelivery();
            try
            {
                foreach (var (key, source) in waiting)
                {
                    if (error is not null)
                    {
                        source.TrySetException(error);
                    }
                    else
                    {
                        source.TrySetResult(values!.TryGetValue(key, out var value) ? value : default);
                    }
                }
            }
            finally
            {
                scheduler.EndDelivery();
            }
        }
    }
}

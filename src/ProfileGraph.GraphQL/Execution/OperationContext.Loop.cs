using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

internal sealed partial class OperationContext
{
    /// <summary>
    /// The scheduler: resolves queued objects' fields on this thread; a resolver whose value task is already
    /// complete is completed at once (the fast path), others run concurrently and report back through the
    /// completion channel. When no synchronous work is left, waiting DataLoader keys are dispatched as one batch
    /// per loader; then the loop waits for the next completion.
    /// </summary>
    private async ValueTask RunAsync()
    {
        while (true)
        {
            DrainWork();
            if (DrainCompletions())
            {
                continue;
            }

            var batches = Volatile.Read(ref _batches);
            if (batches is null)
            {
                if (_pending == 0)
                {
                    return;
                }

                await Completions.Reader.WaitToReadAsync(CancellationToken).ConfigureAwait(false);
                continue;
            }

            var waiting = batches.HasWaiting;
            if (waiting && !batches.IsDelivering)
            {
                batches.DispatchAll(CancellationToken);
                continue;
            }

            if (_pending == 0 && !waiting)
            {
                return;
            }

            if (!batches.TryEnterIdle())
            {
                continue;
            }

            try
            {
                await Completions.Reader.WaitToReadAsync(CancellationToken).ConfigureAwait(false);
            }
            finally
            {
                batches.LeaveIdle();
            }
        }
    }

    private void DrainWork()
    {
        while (_work.TryDequeue(out var item))
        {
            CancellationToken.ThrowIfCancellationRequested();
            var target = item.Target;
            if (target.IsInvalidated)
            {
                continue;
            }

            if (item.FieldIndex >= 0)
            {
                ResolveField(target, item.FieldIndex);
                continue;
            }

            for (var i = 0; i < target.Plan.Fields.Length; i++)
            {
                ResolveField(target, i);
            }
        }
    }

    private bool DrainCompletions()
    {
        var any = false;
        if (Volatile.Read(ref _completions) is not { } completions)
        {
            return false;
        }

        while (completions.Reader.TryRead(out var completion))
        {
            any = true;
            if (completion.Context is not { } context)
            {
                continue; // a DataLoader key arrived while the loop was idle
            }

            _pending--;
            CancellationToken.ThrowIfCancellationRequested();
            if (completion.Error is { } error)
            {
                FieldFailed(context.Target, context.Index, context.Selection, error);
            }
            else
            {
                CompleteField(context.Target, context.Index, context.Selection, completion.Value);
            }

            DrainWork();
        }

        return any;
    }

    /// <summary>Spec §6.4 "ExecuteField": arguments, resolver, then value completion.</summary>
    private void ResolveField(ResultObject target, int index)
    {
        var selection = target.Plan.Fields[index];
        if (selection.IsTypeName)
        {
            target.Values[index] = target.Plan.Type.Name;
            return;
        }

        IReadOnlyDictionary<string, object?> arguments;
        try
        {
            arguments = selection.GetArguments(Variables);
        }
        catch (Exception ex)
        {
            FieldFailed(target, index, selection, ex);
            return;
        }

        var context = _spareContext ?? new ResolverContext();
        _spareContext = null;
        context.Initialize(this, target, index, selection, arguments);

        ValueTask<object?> pending;
        try
        {
            var resolver = selection.Field!.Resolver;
            pending = resolver is null
                ? new ValueTask<object?>(DefaultResolvers.Resolve(target.Source, selection.Field.Name))
                : resolver(context);
        }
        catch (Exception ex)
        {
            FieldFailed(target, index, selection, ex);
            return;
        }

        if (pending.IsCompletedSuccessfully)
        {
            var value = pending.Result;
            _spareContext = context; // completed synchronously: the resolver is done with its context
            CompleteField(target, index, selection, value);
            return;
        }

        _pending++;
        _ = Completions; // created before the resolver can report back
        _ = AwaitResolverAsync(pending, context);
    }

    private async Task AwaitResolverAsync(ValueTask<object?> pending, ResolverContext context)
    {
        object? value = null;
        Exception? error = null;
        try
        {
            value = await pending.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            error = ex;
        }

        Completions.Writer.TryWrite(new Completion(context, value, error));
    }
}

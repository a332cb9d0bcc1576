using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>Per-request execution timeout (HC0045) and caller cancellation.</summary>
public sealed class TimeoutTests
{
    private static Schema Slow(TaskCompletionSource<bool>? aborted = null) => Schema("type Query { slow: Int fast: Int }", b =>
    {
        b.AddResolver("Query.fast", Value(1));
        b.AddResolver("Query.slow", Async(async c =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, c.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                aborted?.TrySetResult(true);
                throw;
            }

            return 2;
        }));
    });

    [Fact]
    public async Task A_request_running_past_the_timeout_fails_with_HC0045()
    {
        var aborted = new TaskCompletionSource<bool>();
        var executor = Executor(Slow(aborted), new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        var result = await ExecuteAsync(executor, "{ fast slow }");

        Assert.Equal(ResultKind.Timeout, result.Kind);
        Assert.Equal("HC0045", Assert.Single(result.Errors).Code);
        Assert.False(result.HasData);
        Assert.True(await aborted.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_request_cancelled_by_the_caller_ends_as_canceled()
    {
        var executor = Executor(Slow());
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        var result = await ExecuteAsync(executor, "{ slow }", cancellationToken: cts.Token);

        Assert.Equal(ResultKind.Canceled, result.Kind);
        Assert.Equal("HC0049", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task A_fast_request_is_not_affected_by_the_timeout()
    {
        var executor = Executor(Slow(), new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });
        var result = await ExecuteAsync(executor, "{ fast }");
        Assert.Equal(Json("{'data':{'fast':1}}"), result.ToJson());
    }
}

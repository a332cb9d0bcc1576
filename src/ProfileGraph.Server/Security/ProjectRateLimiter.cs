using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ProfileGraph.Server.Security;

/// <summary>A fixed one-minute window of requests per project, as the REST APIs users come from count them.</summary>
internal sealed class ProjectRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ProjectRateLimiter(IOptions<ProfileApiOptions> options)
    {
        var permits = Math.Max(1, options.Value.RateLimitPerMinute);
        _limiter = PartitionedRateLimiter.Create<string, string>(project => RateLimitPartition.GetFixedWindowLimiter(
            project,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>Takes one permit of <paramref name="project"/>'s window; false when the window is used up.</summary>
    public bool TryAcquire(string project, out TimeSpan? retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(project);
        retryAfter = !lease.IsAcquired && lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : null;
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

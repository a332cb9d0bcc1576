using System.Diagnostics;
using System.Globalization;

namespace ProfileGraph.Benchmarks.Data;

/// <summary>Latency of one operation: warm-up, then timed sequential calls; mean, median and p99 in microseconds.</summary>
internal sealed record Measurement(string Store, string Operation, int Iterations, double MeanUs, double P50Us, double P99Us)
{
    public static async Task<Measurement> RunAsync(string store, string operation, int iterations, Func<int, Task> call)
    {
        await WarmUpAsync(Math.Min(50, Math.Max(1, iterations / 5)), i => call(i + 1_000_003));

        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call(i);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        return Report(store, operation, samples);
    }

    /// <summary>
    /// Several operations taken in turn, one call of each per cycle, so drift in the machine (other load, cache
    /// state, the JIT's later tiers) hits every one alike; what is compared is then the operations, not the moments.
    /// </summary>
    public static async Task<IReadOnlyList<Measurement>> RunInTurnAsync(string store, IReadOnlyList<(string Operation, Func<Task> Call)> calls, int iterations)
    {
        await WarmUpAsync(Math.Min(200, iterations) * calls.Count, i => calls[i % calls.Count].Call());

        var samples = calls.Select(_ => new double[iterations]).ToArray();
        for (var i = 0; i < iterations * calls.Count; i++)
        {
            var c = i % calls.Count;
            var start = Stopwatch.GetTimestamp();
            await calls[c].Call();
            samples[c][i / calls.Count] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        return [.. calls.Select((call, c) => Report(store, call.Operation, samples[c]))];
    }

    /// <summary>
    /// Calls before the timed ones: at least <paramref name="minimum"/>, and for at least two seconds (at most 20,000
    /// calls), so the runtime has moved the code on the path to its final tier before anything is timed. A few
    /// dozen calls are not enough for that: a lookup timed after 50 calls took twice as long as the same lookup
    /// timed after 3,000 more.
    /// </summary>
    private static async Task WarmUpAsync(int minimum, Func<int, Task> call)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < minimum || (i < 20_000 && Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(2)); i++)
        {
            await call(i);
        }
    }

    /// <summary>Mean, median and p99 of the samples (sorted in place), printed as a row.</summary>
    private static Measurement Report(string store, string operation, double[] samples)
    {
        Array.Sort(samples);
        var result = new Measurement(store, operation, samples.Length, samples.Average(), samples[samples.Length / 2], samples[(int)(samples.Length * 0.99)]);
        Console.WriteLine(result.Row());
        return result;
    }

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Store} | {Operation} | {Iterations} | {MeanUs:F0} | {P50Us:F0} | {P99Us:F0} | {1_000_000 / MeanUs:F0} |");
}

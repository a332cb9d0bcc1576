using System.Diagnostics;
using System.Globalization;

namespace ProfileGraph.Benchmarks.Data;

/// <summary>Latency of one operation: warm-up, then timed sequential calls; mean, median and p99 in microseconds.</summary>
internal sealed record Measurement(string Store, string Operation, int Iterations, double MeanUs, double P50Us, double P99Us)
{
    public static async Task<Measurement> RunAsync(string store, string operation, int iterations, Func<int, Task> call)
    {
        for (var i = 0; i < Math.Min(50, Math.Max(1, iterations / 5)); i++)
        {
            await call(i + 1_000_003);
        }

        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call(i);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(samples);
        var result = new Measurement(store, operation, iterations, samples.Average(), samples[iterations / 2], samples[(int)(iterations * 0.99)]);
        Console.WriteLine(result.Row());
        return result;
    }

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Store} | {Operation} | {Iterations} | {MeanUs:F0} | {P50Us:F0} | {P99Us:F0} | {1_000_000 / MeanUs:F0} |");
}

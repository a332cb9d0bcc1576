using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "load-peers")
{
    return await ProfileGraph.Benchmarks.Peers.PeerLoader.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "data")
{
    return await ProfileGraph.Benchmarks.Data.StoreBenchmark.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

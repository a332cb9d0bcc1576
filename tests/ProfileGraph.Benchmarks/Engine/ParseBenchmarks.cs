using BenchmarkDotNet.Attributes;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.Benchmarks.Engine;

/// <summary>Parsing (spec §2) of the benchmark documents.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    [Benchmark]
    public DocumentNode Parse_Introspection() => Parser.Parse(EngineFixtures.IntrospectionQuery);

    [Benchmark]
    public DocumentNode Parse_FiftyFields() => Parser.Parse(EngineFixtures.FiftyFieldQuery);

    [Benchmark]
    public DocumentNode Parse_List1000x10() => Parser.Parse(EngineFixtures.ListQuery);
}

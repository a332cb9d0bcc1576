using BenchmarkDotNet.Attributes;
using ProfileGraph.GraphQL;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Validation;

namespace ProfileGraph.Benchmarks.Engine;

/// <summary>
/// Parse + validate of a typical 20-field query: cold (a document never seen, as each variant differs in a
/// comment and an alias) against warm (the executor's document cache already holds it).
/// </summary>
[MemoryDiagnoser]
public class DocumentPreparationBenchmarks
{
    private const int Variants = 4096;
    private readonly string[] _variants = new string[Variants];
    private DocumentValidator _validator = null!;
    private RequestExecutor _executor = null!;
    private string _warmQuery = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var schema = EngineFixtures.CreateSchema();
        _validator = new DocumentValidator(schema);
        _executor = (RequestExecutor)RequestExecutor.Create(schema);
        for (var i = 0; i < Variants; i++)
        {
            _variants[i] = EngineFixtures.TypicalQuery(i);
        }

        _warmQuery = EngineFixtures.TypicalQuery(Variants);
        var prepared = _executor.PrepareDocument(_warmQuery);
        if (!prepared.IsValid || _validator.Validate(Parser.Parse(_variants[0])).Count > 0)
        {
            throw new InvalidOperationException("The typical query is invalid: " + string.Join("; ", prepared.Errors.Select(e => e.Message)));
        }
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> ParseAndValidate_Typical_Cold()
    {
        var query = _variants[_next++ & (Variants - 1)];
        return _validator.Validate(Parser.Parse(query));
    }

    [Benchmark]
    public bool ParseAndValidate_Typical_Warm() => _executor.PrepareDocument(_warmQuery).IsValid;
}

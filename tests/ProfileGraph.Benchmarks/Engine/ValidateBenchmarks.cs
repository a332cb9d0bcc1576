using BenchmarkDotNet.Attributes;
using ProfileGraph.GraphQL;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Validation;

namespace ProfileGraph.Benchmarks.Engine;

/// <summary>Validation (spec §5) of already parsed benchmark documents.</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private DocumentValidator _validator = null!;
    private DocumentNode _introspection = null!;
    private DocumentNode _fiftyFields = null!;
    private DocumentNode _list = null!;

    [GlobalSetup]
    public void Setup()
    {
        _validator = new DocumentValidator(EngineFixtures.CreateSchema());
        _introspection = Parser.Parse(EngineFixtures.IntrospectionQuery);
        _fiftyFields = Parser.Parse(EngineFixtures.FiftyFieldQuery);
        _list = Parser.Parse(EngineFixtures.ListQuery);
        foreach (var document in new[] { _introspection, _fiftyFields, _list })
        {
            if (_validator.Validate(document).Count > 0)
            {
                throw new InvalidOperationException("A benchmark document is invalid.");
            }
        }
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate_Introspection() => _validator.Validate(_introspection);

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate_FiftyFields() => _validator.Validate(_fiftyFields);

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate_List1000x10() => _validator.Validate(_list);
}

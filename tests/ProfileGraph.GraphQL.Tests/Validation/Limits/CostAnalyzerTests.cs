using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Validation;
using ProfileGraph.GraphQL.Validation.Cost;

namespace ProfileGraph.GraphQL.Tests.Validation.Limits;

public sealed class CostAnalyzerTests
{
    // The schema of HotChocolate's cost analysis documentation examples.
    private const string Sdl = """
        directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], slicingArgumentDefaultValue: Int, requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION

        type Query {
          book: Book
          books(first: Int, after: String, last: Int, before: String, where: BookFilter @cost(weight: "10")): BooksConnection
            @listSize(assumedSize: 50, slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"])
            @cost(weight: "10")
          expensive: Book @cost(weight: "400")
        }
        input BookFilter { title: String @cost(weight: "10") }
        type BooksConnection { edges: [BooksEdge!] nodes: [Book!] }
        type BooksEdge { cursor: String! node: Book! }
        type Book { title: String! author: Author! }
        type Author { name: String! }
        """;

    private static readonly Schema Schema = SchemaBuilder.FromSdl(Sdl)
        .AddResolver("Query.book", _ => ValueTask.FromResult<object?>(null))
        .Build();

    private static CostMetrics Analyze(string document, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var parsed = Parser.Parse(document);
        return CostAnalyzer.Analyze(Schema, parsed, parsed.Definitions.OfType<OperationDefinitionNode>().First(), variables);
    }

    [Fact]
    public void Documentation_object_example_costs_11_and_3() =>
        Assert.Equal(new CostMetrics(11, 3), Analyze("{ book { title author { name } } }"));

    [Fact]
    public void Documentation_connection_example_costs_111_and_152() =>
        Assert.Equal(new CostMetrics(111, 152), Analyze("{ books(first: 50) { edges { node { title author { name } } } } }"));

    [Fact]
    public void Assumed_size_applies_without_slicing_argument() =>
        Assert.Equal(new CostMetrics(10 + 1 + 50, 1 + 50 + 1 + 50), Analyze("{ books { nodes { title author { name } } } }"));

    [Fact]
    public void Slicing_argument_from_a_variable_is_used() =>
        Assert.Equal(new CostMetrics(10 + 1 + 5, 1 + 5 + 1 + 5), Analyze("query ($n: Int) { books(first: $n) { edges { node { title } } } }", new Dictionary<string, object?> { ["n"] = 5 }));

    [Fact]
    public void Argument_and_input_field_costs_are_added() =>
        Assert.Equal(10 + 10 + 10, Analyze("{ books(first: 1, where: { title: \"x\" }) { edges { cursor } } }").FieldCost - 1);

    [Fact]
    public void Fragments_count_where_they_are_spread() =>
        Assert.Equal(
            Analyze("{ books(first: 2) { edges { node { title author { name } } } } }"),
            Analyze("{ books(first: 2) { edges { ...E } } } fragment E on BooksEdge { node { title author { name } } }"));

    [Fact]
    public void Field_cost_over_the_limit_is_rejected_with_HC0047()
    {
        var validator = new DocumentValidator(Schema, new ValidationOptions { Cost = new CostOptions { Enabled = true } });
        Assert.Empty(validator.Validate(Parser.Parse("{ expensive { title } book { title } }")));
        var error = Assert.Single(validator.Validate(Parser.Parse("{ a: expensive { title } b: expensive { title } c: expensive { title } }")));
        Assert.Equal("HC0047", error.Code);
        Assert.Equal(1200.0, error.Extensions!["fieldCost"]);
        Assert.Equal(1000.0, error.Extensions["maxFieldCost"]);
    }

    [Fact]
    public void Type_cost_over_the_limit_is_rejected_with_HC0047()
    {
        var validator = new DocumentValidator(Schema, new ValidationOptions { Cost = new CostOptions { Enabled = true, MaxTypeCost = 100 } });
        var error = Assert.Single(validator.Validate(Parser.Parse("{ books(first: 50) { nodes { author { name } } } }")));
        Assert.Equal("HC0047", error.Code);
        Assert.Equal(102.0, error.Extensions!["typeCost"]);
    }
}

using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Validation;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void Valid_document_passes_every_rule() =>
        ExpectValid("""
            query Q($id: ID, $withOwner: Boolean = false, $by: SearchBy!) @onQuery {
              human(id: $id) { ...HumanFields }
              dog { name owner @include(if: $withOwner) { name } ... on Pet { nickname } }
              search(by: $by) { __typename ... on Dog { barkVolume } ... on Cat { meowVolume } }
              __schema { queryType { name } }
            }
            fragment HumanFields on Human { name iq pets { name } }
            """);

    [Fact]
    public void Errors_carry_code_and_spec_link() =>
        Assert.Collection(
            Validate("{ dog { meow } }"),
            error =>
            {
                Assert.Equal("FIELDS_ON_CORRECT_TYPE", error.Code);
                Assert.Equal("https://spec.graphql.org/October2021/#sec-Field-Selections", error.Extensions!["specifiedBy"]);
                Assert.Equal([new SourceLocation(1, 9)], error.Locations);
            });

    [Fact]
    public void Validation_stops_at_the_error_limit()
    {
        var document = "{ " + string.Concat(Enumerable.Range(0, 20).Select(i => $"f{i} ")) + "}";
        Assert.Equal(5, Validate(document, maxErrors: 5).Count);
        Assert.Equal(20, Validate(document, maxErrors: 100).Count);
    }

    [Fact]
    public void Documents_too_expensive_to_compare_are_aborted()
    {
        var document = "{ " + string.Concat(Enumerable.Repeat("dog { name } ", 800)) + "}";
        var errors = Validate(document);
        var last = Assert.Single(errors);
        Assert.Equal("Validation aborted.", last.Message);
        Assert.Equal("VALIDATION_ABORTED", last.Code);
    }

    [Fact]
    public void One_validator_serves_concurrent_documents()
    {
        var validator = new DocumentValidator(Schema);
        var valid = Parser.Parse("{ dog { name } }");
        var invalid = Parser.Parse("{ dog { meow } }");
        Parallel.For(0, 200, i =>
        {
            var errors = validator.Validate(i % 2 == 0 ? valid : invalid);
            Assert.Equal(i % 2 == 0 ? 0 : 1, errors.Count);
        });
    }

    [Fact]
    public void Errors_of_several_rules_are_reported_together() =>
        ExpectErrors(
            "query Q($unused: Int) { dog { name: nickname name } ...Missing }",
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional."),
            Error("Unknown fragment \"Missing\"."),
            Error("Variable \"$unused\" is never used in operation \"Q\"."));
}

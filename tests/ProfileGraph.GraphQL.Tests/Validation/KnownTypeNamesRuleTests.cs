using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class KnownTypeNamesRuleTests
{
    [Fact]
    public void Known_type_names_are_valid() =>
        ExpectValid<KnownTypeNamesRule>("""
            query Foo($var: String, $required: [Int!]!, $input: FindDogInput) {
              dog { ... on Pet { name } ...PetFields }
            }
            fragment PetFields on Pet { name }
            """);

    [Fact]
    public void Spec_example_unknown_type_conditions_are_rejected() =>
        ExpectErrors<KnownTypeNamesRule>(
            """
            fragment notOnExistingType on NotInSchema { name }
            fragment inlineNotExistingType on Dog { ... on NotInSchema { name } }
            """,
            Error("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (1, 31)),
            Error("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (2, 48)));

    [Fact]
    public void Unknown_variable_type_is_rejected_with_suggestion() =>
        ExpectErrors<KnownTypeNamesRule>(
            "query ($a: [Strin!]) { dog { name } }",
            Error("Unknown type \"Strin\". Did you mean \"String\"?", (1, 13)));
}

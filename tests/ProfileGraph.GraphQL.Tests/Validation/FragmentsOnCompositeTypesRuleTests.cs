using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    [Fact]
    public void Spec_example_fragments_on_objects_interfaces_and_unions_are_valid() =>
        ExpectValid<FragmentsOnCompositeTypesRule>("""
            fragment fragOnObject on Dog { name }
            fragment fragOnInterface on Pet { name }
            fragment fragOnUnion on CatOrDog { ... on Dog { name } }
            fragment inlineWithoutType on Dog { ... { name } }
            """);

    [Fact]
    public void Spec_example_fragments_on_scalars_are_rejected() =>
        ExpectErrors<FragmentsOnCompositeTypesRule>(
            """
            fragment fragOnScalar on Int { something }
            fragment inlineFragOnScalar on Dog { ... on Boolean { somethingElse } }
            """,
            Error("Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\".", (1, 26)),
            Error("Fragment cannot condition on non composite type \"Boolean\".", (2, 45)));

    [Fact]
    public void Fragment_on_input_type_is_rejected() =>
        ExpectErrors<FragmentsOnCompositeTypesRule>(
            "fragment f on FindDogInput { name }",
            Error("Fragment \"f\" cannot condition on non composite type \"FindDogInput\".", (1, 15)));
}

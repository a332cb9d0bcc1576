using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class PossibleFragmentSpreadsRuleTests
{
    [Fact]
    public void Spec_example_spreads_within_possible_types_are_valid() =>
        ExpectValid<PossibleFragmentSpreadsRule>("""
            fragment dogFragment on Dog { ... on Dog { barkVolume } }
            fragment petNameFragment on Pet { name }
            fragment interfaceWithinObjectFragment on Dog { ...petNameFragment }
            fragment catOrDogNameFragment on CatOrDog { ... on Cat { meowVolume } }
            fragment unionWithObjectFragment on Dog { ...catOrDogNameFragment }
            fragment petFragment on Pet { name ... on Dog { barkVolume } }
            fragment catOrDogFragment on CatOrDog { __typename ... on Cat { meowVolume } }
            fragment unionWithInterface on Pet { ...dogOrHumanFragment }
            fragment dogOrHumanFragment on DogOrHuman { ... on Dog { barkVolume } }
            fragment interfaceOnInterface on Being { ... on Pet { name } }
            """);

    [Fact]
    public void Spec_example_object_spread_into_other_object_is_rejected() =>
        ExpectErrors<PossibleFragmentSpreadsRule>(
            "fragment catInDogFragmentInvalid on Dog { ... on Cat { meowVolume } }",
            Error("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (1, 43)));

    [Fact]
    public void Spec_example_disjoint_abstract_spreads_are_rejected() =>
        ExpectErrors<PossibleFragmentSpreadsRule>(
            """
            fragment sentientFragment on Sentient { ... on Dog { barkVolume } }
            fragment humanOrAlienFragment on HumanOrAlien { ... on Cat { meowVolume } }
            fragment nonIntersectingInterfaces on Pet { ...sentientFragment2 }
            fragment sentientFragment2 on Sentient { name }
            """,
            Error("Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\".", (1, 41)),
            Error("Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Cat\".", (2, 49)),
            Error("Fragment \"sentientFragment2\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\".", (3, 45)));
}

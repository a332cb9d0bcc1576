using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class NoFragmentCyclesRuleTests
{
    [Fact]
    public void Fragments_spread_twice_without_cycle_are_valid() =>
        ExpectValid<NoFragmentCyclesRule>("""
            fragment fragA on Dog { ...fragB ...fragB }
            fragment fragB on Dog { name }
            """);

    [Fact]
    public void Spec_example_two_fragment_cycle_is_rejected() =>
        ExpectErrors<NoFragmentCyclesRule>(
            """
            { dog { ...nameFragment } }
            fragment nameFragment on Dog { name ...barkVolumeFragment }
            fragment barkVolumeFragment on Dog { barkVolume ...nameFragment }
            """,
            Error("Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\".", (2, 37), (3, 49)));

    [Fact]
    public void Spec_example_cycle_through_nested_fields_is_rejected() =>
        ExpectErrors<NoFragmentCyclesRule>(
            """
            fragment dogFragment on Dog { name owner { ...ownerFragment } }
            fragment ownerFragment on Human { name pets { ...dogFragment } }
            """,
            Error("Cannot spread fragment \"dogFragment\" within itself via \"ownerFragment\"."));

    [Fact]
    public void Fragment_spreading_itself_is_rejected() =>
        ExpectErrors<NoFragmentCyclesRule>(
            "fragment fragA on Dog { ...fragA }",
            Error("Cannot spread fragment \"fragA\" within itself.", (1, 25)));
}

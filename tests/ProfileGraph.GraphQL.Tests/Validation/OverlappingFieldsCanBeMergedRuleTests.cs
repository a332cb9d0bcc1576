using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    [Fact]
    public void Spec_example_identical_fields_merge() =>
        ExpectValid<OverlappingFieldsCanBeMergedRule>("""
            fragment mergeIdenticalFields on Dog { name name }
            fragment mergeIdenticalAliasesAndFields on Dog { otherName: name otherName: name }
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }
            fragment mergeIdenticalFieldsWithIdenticalValues on Dog { doesKnowCommand(dogCommand: $dogCommand) doesKnowCommand(dogCommand: $dogCommand) }
            fragment safeDifferingFields on Pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } }
            fragment safeDifferingArgs on Pet { ... on Dog { doesKnowCommand(dogCommand: SIT) } ... on Cat { doesKnowCommand(catCommand: JUMP) } }
            """);

    [Fact]
    public void Spec_example_different_fields_under_one_name_conflict() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            "fragment conflictingBecauseAlias on Dog { name: nickname name }",
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 43), (1, 58)));

    [Fact]
    public void Spec_example_differing_arguments_conflict() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            """
            fragment conflictingArgsOnValues on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }
            fragment conflictingArgsValueAndVar on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: $dogCommand) }
            fragment conflictingArgsWithVars on Dog { doesKnowCommand(dogCommand: $varOne) doesKnowCommand(dogCommand: $varTwo) }
            fragment differingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."),
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."),
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."),
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."));

    [Fact]
    public void Spec_example_differing_return_types_conflict_even_on_exclusive_types() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            "fragment conflictingDifferingResponses on Pet { ... on Dog { someValue: nickname } ... on Cat { someValue: meowVolume } }",
            Error("Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional."));

    [Fact]
    public void Conflicts_deep_in_sub_selections_are_reported_at_the_outer_fields() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            "{ dog { owner { name } } dog { owner { name: iq } } }",
            Error("Fields \"dog\" conflict because subfields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 3), (1, 9), (1, 17), (1, 26), (1, 32), (1, 40)));

    [Fact]
    public void Conflicts_through_fragments_are_found() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            "{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: nickname }",
            Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 43), (1, 73)));

    [Fact]
    public void Object_literal_arguments_compare_regardless_of_field_order() =>
        ExpectValid<OverlappingFieldsCanBeMergedRule>(
            "{ findDog(searchBy: { name: \"a\", owner: \"b\" }) { name } findDog(searchBy: { owner: \"b\", name: \"a\" }) { name } }");

    [Fact]
    public void Block_and_plain_strings_are_different_arguments_as_in_graphql_js() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            "{ findDog(searchBy: { name: \"a\" }) { name } findDog(searchBy: { name: \"\"\"a\"\"\" }) { name } }",
            Error("Fields \"findDog\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."));

    [Fact]
    public void Same_alias_on_different_object_types_with_same_shape_is_valid() =>
        ExpectValid<OverlappingFieldsCanBeMergedRule>(
            "{ catOrDog { ... on Dog { x: name } ... on Cat { x: nickname } } }");

    [Fact]
    public void Typename_with_alias_conflicting_with_a_field_is_rejected() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            "{ dog { name: __typename name } }",
            Error("Fields \"name\" conflict because \"__typename\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional."));

    [Fact]
    public void Many_repeated_fragments_stay_fast() =>
        ExpectValid<OverlappingFieldsCanBeMergedRule>(
            "{ dog { " + string.Concat(Enumerable.Repeat("...F ", 500)) + "} } fragment F on Dog { name nickname barkVolume }");
}

using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class VariablesInAllowedPositionRuleTests
{
    [Fact]
    public void Spec_example_list_of_non_null_variable_fits_a_list_position() =>
        ExpectValid<VariablesInAllowedPositionRule>(
            "query nonNullListToList($nonNullBooleanList: [Boolean]!) { arguments { booleanListArgField(booleanListArg: $nonNullBooleanList) } }");

    [Fact]
    public void Spec_example_nullable_variable_in_non_null_position_is_rejected() =>
        ExpectErrors<VariablesInAllowedPositionRule>(
            "query intCannotGoIntoBoolean($intArg: Int) { arguments { booleanArgField(booleanArg: $intArg) } }",
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\".", (1, 30), (1, 86)));

    [Fact]
    public void Spec_example_list_variable_in_scalar_position_is_rejected() =>
        ExpectErrors<VariablesInAllowedPositionRule>(
            "query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) { arguments { booleanArgField(booleanArg: $booleanListArg) } }",
            Error("Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\"."));

    [Fact]
    public void Spec_example_nullable_variable_for_non_null_argument_is_rejected() =>
        ExpectErrors<VariablesInAllowedPositionRule>(
            "query booleanArgQuery($booleanArg: Boolean) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }",
            Error("Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\"."));

    [Fact]
    public void Spec_example_nullable_variable_with_default_fits_non_null_position() =>
        ExpectValid<VariablesInAllowedPositionRule>(
            "query booleanArgQueryWithDefault($booleanArg: Boolean = true) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }");

    [Fact]
    public void Nullable_variable_fits_non_null_argument_that_has_a_default() =>
        ExpectValid<VariablesInAllowedPositionRule>(
            "query ($b: Boolean) { arguments { optionalNonNullBooleanArgField(optionalBooleanArg: $b) } }");

    [Fact]
    public void Null_default_does_not_make_a_variable_non_null() =>
        ExpectErrors<VariablesInAllowedPositionRule>(
            "query ($b: Boolean = null) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) } }",
            Error("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\"."));

    [Fact]
    public void Usage_inside_a_fragment_is_checked_against_each_operation() =>
        ExpectErrors<VariablesInAllowedPositionRule>(
            """
            query A($x: Int!) { complicatedArgs { ...F } }
            query B($x: String) { complicatedArgs { ...F } }
            fragment F on ComplicatedArgs { intArgField(intArg: $x) }
            """,
            Error("Variable \"$x\" of type \"String\" used in position expecting type \"Int\".", (2, 9), (3, 53)));

    [Fact]
    public void OneOf_field_needs_a_non_null_variable() =>
        ExpectErrors<VariablesInAllowedPositionRule>(
            "query ($n: String, $m: String!) { complicatedArgs { a: oneOfArgField(oneOfArg: { name: $n }) b: oneOfArgField(oneOfArg: { name: $m }) } }",
            Error("Variable \"$n\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"SearchBy\".", (1, 8), (1, 88)));

    [Fact]
    public void OneOf_check_is_skipped_when_the_argument_itself_is_non_null_as_in_graphql_js() =>
        ExpectValid<VariablesInAllowedPositionRule>(
            "query ($n: String) { search(by: { name: $n }) { __typename } }");
}

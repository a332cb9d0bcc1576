using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class NoUnusedVariablesRuleTests
{
    [Fact]
    public void Spec_example_variable_used_through_a_fragment_is_valid() =>
        ExpectValid<NoUnusedVariablesRule>("""
            query variableUsedInFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }
            fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            """);

    [Fact]
    public void Spec_example_unused_variable_is_rejected() =>
        ExpectErrors<NoUnusedVariablesRule>(
            "query variableUnused($atOtherHomes: Boolean) { dog { isHouseTrained } }",
            Error("Variable \"$atOtherHomes\" is never used in operation \"variableUnused\".", (1, 22)));

    [Fact]
    public void Spec_example_variable_unused_by_a_second_operation_is_rejected() =>
        ExpectErrors<NoUnusedVariablesRule>(
            """
            query variableUsedInFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }
            query variableNotUsedWithinFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedWithoutVariableFragment } }
            fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            fragment isHouseTrainedWithoutVariableFragment on Dog { isHouseTrained }
            """,
            Error("Variable \"$atOtherHomes\" is never used in operation \"variableNotUsedWithinFragment\".", (2, 37)));

    [Fact]
    public void Anonymous_operation_reports_its_unused_variable_without_a_name() =>
        ExpectErrors<NoUnusedVariablesRule>(
            "query ($a: Int, $b: Boolean) { dog { name @include(if: $b) } }",
            Error("Variable \"$a\" is never used.", (1, 8)));
}

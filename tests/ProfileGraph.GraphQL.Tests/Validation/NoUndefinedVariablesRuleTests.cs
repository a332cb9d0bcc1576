using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class NoUndefinedVariablesRuleTests
{
    [Fact]
    public void Spec_example_variables_defined_for_each_operation_using_a_fragment_are_valid() =>
        ExpectValid<NoUndefinedVariablesRule>("""
            query variableUsedInFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }
            fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            """);

    [Fact]
    public void Spec_example_undefined_variable_is_rejected() =>
        ExpectErrors<NoUndefinedVariablesRule>(
            "query variableIsNotDefined { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }",
            Error("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\".", (1, 65), (1, 1)));

    [Fact]
    public void Spec_example_variable_undefined_in_one_of_two_operations_is_rejected() =>
        ExpectErrors<NoUndefinedVariablesRule>(
            """
            query housetrainedQueryOne($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }
            query housetrainedQueryTwoNotDefined { dog { ...isHouseTrainedFragment } }
            fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            """,
            Error("Variable \"$atOtherHomes\" is not defined by operation \"housetrainedQueryTwoNotDefined\".", (3, 71), (2, 1)));

    [Fact]
    public void Variables_in_directives_are_usages() =>
        ExpectErrors<NoUndefinedVariablesRule>(
            "{ dog @include(if: $cond) { name } }",
            Error("Variable \"$cond\" is not defined.", (1, 20), (1, 1)));
}

using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class UniqueVariableNamesRuleTests
{
    [Fact]
    public void Distinct_variables_are_valid() =>
        ExpectValid<UniqueVariableNamesRule>("query A($x: Int, $y: String) { __typename } query B($x: Int) { __typename }");

    [Fact]
    public void Spec_example_repeated_variable_is_rejected() =>
        ExpectErrors<UniqueVariableNamesRule>(
            "query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }",
            Error("There can be only one variable named \"$atOtherHomes\".", (1, 26), (1, 50)));
}

using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class UniqueInputFieldNamesRuleTests
{
    [Fact]
    public void Same_name_in_nested_objects_is_valid() =>
        ExpectValid<UniqueInputFieldNamesRule>("{ findDog(searchBy: { name: \"a\", owner: \"b\" }) { name } custom(value: { a: { a: 1 }, b: 2 }) }");

    [Fact]
    public void Spec_example_repeated_input_field_is_rejected() =>
        ExpectErrors<UniqueInputFieldNamesRule>(
            "{ findDog(searchBy: { name: \"a\", name: \"b\" }) { name } }",
            Error("There can be only one input field named \"name\".", (1, 23), (1, 34)));

    [Fact]
    public void Repeats_inside_nested_objects_are_found() =>
        ExpectErrors<UniqueInputFieldNamesRule>(
            "{ custom(value: { a: { x: 1, x: 2 }, a: 3 }) }",
            Error("There can be only one input field named \"x\".", (1, 24), (1, 30)),
            Error("There can be only one input field named \"a\".", (1, 19), (1, 38)));
}

using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class UniqueArgumentNamesRuleTests
{
    [Fact]
    public void Distinct_arguments_are_valid() =>
        ExpectValid<UniqueArgumentNamesRule>("{ dog { isAtLocation(x: 1, y: 2) @withArgs(required: 1, optional: \"a\") } }");

    [Fact]
    public void Repeated_field_argument_is_rejected() =>
        ExpectErrors<UniqueArgumentNamesRule>(
            "{ dog { isAtLocation(x: 1, x: 2) } }",
            Error("There can be only one argument named \"x\".", (1, 22), (1, 28)));

    [Fact]
    public void Repeated_directive_argument_is_rejected() =>
        ExpectErrors<UniqueArgumentNamesRule>(
            "{ dog @include(if: true, if: false) { name } }",
            Error("There can be only one argument named \"if\".", (1, 16), (1, 26)));
}

using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    [Fact]
    public void Spec_example_same_directive_on_different_nodes_is_valid() =>
        ExpectValid<UniqueDirectivesPerLocationRule>(
            "query ($foo: Boolean = true, $bar: Boolean = false) { dog @skip(if: $foo) { name } dog @skip(if: $bar) { nickname } }");

    [Fact]
    public void Repeatable_directive_may_repeat() =>
        ExpectValid<UniqueDirectivesPerLocationRule>("{ dog @repeatable(tag: \"a\") @repeatable(tag: \"b\") { name } }");

    [Fact]
    public void Spec_example_repeated_skip_is_rejected() =>
        ExpectErrors<UniqueDirectivesPerLocationRule>(
            "query ($foo: Boolean = true, $bar: Boolean = false) { dog @skip(if: $foo) @skip(if: $bar) { name } }",
            Error("The directive \"@skip\" can only be used once at this location.", (1, 59), (1, 75)));

    [Fact]
    public void Unknown_directives_are_left_to_KnownDirectives() =>
        ExpectValid<UniqueDirectivesPerLocationRule>("{ dog @unknown @unknown { name } }");

    [Fact]
    public void Directive_of_a_parent_and_of_a_child_are_separate() =>
        ExpectValid<UniqueDirectivesPerLocationRule>("{ dog @onField { name @onField } }");
}

using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class KnownDirectivesRuleTests
{
    [Fact]
    public void Known_directives_in_valid_locations_are_valid() =>
        ExpectValid<KnownDirectivesRule>("""
            query Foo($var: Boolean @onVariableDefinition) @onQuery {
              dog @include(if: $var) @onField { name }
              ...Frag @onFragmentSpread
              ... @onInlineFragment { dog { name } }
            }
            mutation Bar @onMutation { other }
            subscription Baz @onSubscription { newDog { name } }
            fragment Frag on Query @onFragmentDefinition { dog { name } }
            """);

    [Fact]
    public void Spec_example_unknown_directive_is_rejected() =>
        ExpectErrors<KnownDirectivesRule>(
            "{ dog @unknown(directive: \"value\") { name } }",
            Error("Unknown directive \"@unknown\".", (1, 7)));

    [Fact]
    public void Spec_example_directive_in_the_wrong_location_is_rejected() =>
        ExpectErrors<KnownDirectivesRule>(
            "query @skip(if: true) { dog { name } }",
            Error("Directive \"@skip\" may not be used on QUERY.", (1, 7)));

    [Fact]
    public void Every_executable_location_is_checked() =>
        ExpectErrors<KnownDirectivesRule>(
            """
            query Foo($var: Boolean @onQuery) @onField {
              dog @onQuery { name }
              ...Frag @onField
              ... @onFragmentSpread { dog { name } }
            }
            mutation Bar @onQuery { other }
            subscription Baz @onMutation { newDog { name } }
            fragment Frag on Query @onInlineFragment { dog { name } }
            """,
            Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 25)),
            Error("Directive \"@onField\" may not be used on QUERY.", (1, 35)),
            Error("Directive \"@onQuery\" may not be used on FIELD.", (2, 7)),
            Error("Directive \"@onField\" may not be used on FRAGMENT_SPREAD.", (3, 11)),
            Error("Directive \"@onFragmentSpread\" may not be used on INLINE_FRAGMENT.", (4, 7)),
            Error("Directive \"@onQuery\" may not be used on MUTATION.", (6, 14)),
            Error("Directive \"@onMutation\" may not be used on SUBSCRIPTION.", (7, 18)),
            Error("Directive \"@onInlineFragment\" may not be used on FRAGMENT_DEFINITION.", (8, 24)));
}

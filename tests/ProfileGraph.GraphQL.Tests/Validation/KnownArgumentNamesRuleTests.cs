using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class KnownArgumentNamesRuleTests
{
    [Fact]
    public void Spec_example_defined_arguments_are_valid() =>
        ExpectValid<KnownArgumentNamesRule>("""
            fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }
            fragment argOnOptional on Dog { isHouseTrained(atOtherHomes: true) @include(if: true) }
            """);

    [Fact]
    public void Spec_example_undefined_field_argument_is_rejected() =>
        ExpectErrors<KnownArgumentNamesRule>(
            "fragment invalidArgName on Dog { doesKnowCommand(command: CLEAN_UP_HOUSE) }",
            Error("Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 50)));

    [Fact]
    public void Spec_example_undefined_directive_argument_is_rejected() =>
        ExpectErrors<KnownArgumentNamesRule>(
            "fragment invalidArgName on Dog { isHouseTrained(atOtherHomes: true) @include(unless: false) }",
            Error("Unknown argument \"unless\" on directive \"@include\".", (1, 78)));

    [Fact]
    public void Misspelled_argument_gets_a_suggestion() =>
        ExpectErrors<KnownArgumentNamesRule>(
            "{ dog { doesKnowCommand(dogcommand: SIT) } }",
            Error("Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 25)));

    [Fact]
    public void Arguments_of_unknown_fields_and_directives_are_not_reported() =>
        ExpectValid<KnownArgumentNamesRule>("{ dog { unknownField(a: 1) name @unknown(b: 2) } }");
}

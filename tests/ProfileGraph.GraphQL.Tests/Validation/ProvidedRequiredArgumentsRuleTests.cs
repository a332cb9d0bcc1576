using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    [Fact]
    public void Spec_example_optional_and_defaulted_arguments_may_be_omitted() =>
        ExpectValid<ProvidedRequiredArgumentsRule>("""
            fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) }
            fragment goodNonNullArg on Arguments { nonNullBooleanArgField(nonNullBooleanArg: true) }
            fragment goodBooleanArgDefault on Arguments { booleanArgField }
            fragment missingNonNullArgWithDefault on Arguments { optionalNonNullBooleanArgField }
            """);

    [Fact]
    public void Spec_example_missing_required_argument_is_rejected() =>
        ExpectErrors<ProvidedRequiredArgumentsRule>(
            "fragment missingRequiredArg on Arguments { nonNullBooleanArgField }",
            Error("Field \"nonNullBooleanArgField\" argument \"nonNullBooleanArg\" of type \"Boolean!\" is required, but it was not provided.", (1, 44)));

    [Fact]
    public void Spec_example_explicit_null_is_not_this_rules_concern() =>
        ExpectValid<ProvidedRequiredArgumentsRule>(
            "fragment missingRequiredArg on Arguments { nonNullBooleanArgField(nonNullBooleanArg: null) }");

    [Fact]
    public void Missing_required_directive_argument_is_rejected() =>
        ExpectErrors<ProvidedRequiredArgumentsRule>(
            "{ dog @include @withArgs(optional: \"a\") { name } }",
            Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 7)),
            Error("Directive \"@withArgs\" argument \"required\" of type \"Int!\" is required, but it was not provided.", (1, 16)));

    [Fact]
    public void Each_missing_argument_is_reported() =>
        ExpectErrors<ProvidedRequiredArgumentsRule>(
            "{ complicatedArgs { multipleReqs } }",
            Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided."),
            Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided."));
}

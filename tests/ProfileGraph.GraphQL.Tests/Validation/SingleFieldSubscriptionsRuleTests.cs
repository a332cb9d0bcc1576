using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class SingleFieldSubscriptionsRuleTests
{
    [Fact]
    public void Spec_example_single_root_field_is_valid() =>
        ExpectValid<SingleFieldSubscriptionsRule>("subscription sub { newDog { name } }");

    [Fact]
    public void Spec_example_single_root_field_through_a_fragment_is_valid() =>
        ExpectValid<SingleFieldSubscriptionsRule>("""
            subscription sub { ...newDogFields }
            fragment newDogFields on Subscription { newDog { name } }
            """);

    [Fact]
    public void Spec_example_two_root_fields_are_rejected() =>
        ExpectErrors<SingleFieldSubscriptionsRule>(
            """
            subscription sub {
              newDog { name }
              disallowedSecondRootField
            }
            """,
            Error("Subscription \"sub\" must select only one top level field.", (3, 3)));

    [Fact]
    public void Spec_example_second_root_field_from_a_fragment_is_rejected() =>
        ExpectErrors<SingleFieldSubscriptionsRule>(
            """
            subscription sub { ...multipleSubscriptions }
            fragment multipleSubscriptions on Subscription {
              newDog { name }
              disallowedSecondRootField
            }
            """,
            Error("Subscription \"sub\" must select only one top level field.", (4, 3)));

    [Fact]
    public void Spec_example_typename_root_field_is_rejected() =>
        ExpectErrors<SingleFieldSubscriptionsRule>(
            """
            subscription sub {
              newDog { name }
              __typename
            }
            """,
            Error("Subscription \"sub\" must select only one top level field.", (3, 3)),
            Error("Subscription \"sub\" must not select an introspection top level field.", (3, 3)));

    [Fact]
    public void Skipped_second_field_is_not_counted() =>
        ExpectValid<SingleFieldSubscriptionsRule>("subscription { newDog { name } newCat @skip(if: true) { name } }");

    [Fact]
    public void Skip_with_a_variable_cannot_be_decided_and_is_rejected() =>
        ExpectErrors<SingleFieldSubscriptionsRule>(
            "subscription ($s: Boolean!) { newDog @skip(if: $s) { name } }",
            Error("Argument \"if\" of required type \"Boolean!\" was provided the variable \"$s\" which was not provided a runtime value."));

    [Fact]
    public void Anonymous_subscription_message_has_no_name() =>
        ExpectErrors<SingleFieldSubscriptionsRule>(
            "subscription { newDog { name } newCat { name } }",
            Error("Anonymous Subscription must select only one top level field.", (1, 32)));
}

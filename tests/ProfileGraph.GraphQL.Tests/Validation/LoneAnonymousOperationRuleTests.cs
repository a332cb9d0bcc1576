using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class LoneAnonymousOperationRuleTests
{
    [Fact]
    public void Spec_example_single_anonymous_operation_is_valid() =>
        ExpectValid<LoneAnonymousOperationRule>("{ dog { name } }");

    [Fact]
    public void Anonymous_operation_with_fragments_is_valid() =>
        ExpectValid<LoneAnonymousOperationRule>("{ ...F } fragment F on Query { dog { name } }");

    [Fact]
    public void Spec_example_anonymous_operation_next_to_a_named_one_is_rejected() =>
        ExpectErrors<LoneAnonymousOperationRule>(
            """
            {
              dog { name }
            }

            query getName {
              dog { owner { name } }
            }
            """,
            Error("This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void Two_anonymous_operations_are_both_rejected() =>
        ExpectErrors<LoneAnonymousOperationRule>(
            "{ dog { name } } { cat { name } }",
            Error("This anonymous operation must be the only defined operation.", (1, 1)),
            Error("This anonymous operation must be the only defined operation.", (1, 18)));
}

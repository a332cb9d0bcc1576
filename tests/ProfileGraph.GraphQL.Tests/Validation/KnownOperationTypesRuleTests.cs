using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class KnownOperationTypesRuleTests
{
    [Fact]
    public void Operations_whose_root_exists_are_valid() =>
        ExpectValid<KnownOperationTypesRule>("query { dog { name } } mutation M { other } subscription S { newDog { name } }");

    [Fact]
    public void Mutation_without_mutation_root_is_rejected() =>
        ExpectErrorsOn<KnownOperationTypesRule>(
            QueryOnlySchema,
            "mutation M { a }",
            Error("The schema does not support mutation operations.", (1, 1)));

    [Fact]
    public void Subscription_without_subscription_root_is_rejected() =>
        ExpectErrorsOn<KnownOperationTypesRule>(
            QueryOnlySchema,
            "{ a } subscription S { a }",
            Error("The schema does not support subscription operations.", (1, 7)));
}

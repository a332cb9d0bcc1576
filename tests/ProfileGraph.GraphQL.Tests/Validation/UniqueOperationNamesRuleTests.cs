using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class UniqueOperationNamesRuleTests
{
    [Fact]
    public void Spec_example_distinct_names_are_valid() =>
        ExpectValid<UniqueOperationNamesRule>("""
            query getDogName { dog { name } }
            query getOwnerName { dog { owner { name } } }
            """);

    [Fact]
    public void Spec_example_same_name_twice_is_rejected() =>
        ExpectErrors<UniqueOperationNamesRule>(
            """
            query getName { dog { name } }
            query getName { dog { owner { name } } }
            """,
            Error("There can be only one operation named \"getName\".", (1, 7), (2, 7)));

    [Fact]
    public void Spec_example_same_name_across_operation_types_is_rejected() =>
        ExpectErrors<UniqueOperationNamesRule>(
            """
            query dogOperation { dog { name } }
            mutation dogOperation { mutateDog(name: "x") { name } }
            """,
            Error("There can be only one operation named \"dogOperation\".", (1, 7), (2, 10)));

    [Fact]
    public void Fragment_with_an_operation_name_is_not_a_duplicate() =>
        ExpectValid<UniqueOperationNamesRule>("query Foo { ...Foo } fragment Foo on Query { dog { name } }");
}

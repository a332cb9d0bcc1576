using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class UniqueFragmentNamesRuleTests
{
    [Fact]
    public void Spec_example_distinct_fragment_names_are_valid() =>
        ExpectValid<UniqueFragmentNamesRule>("""
            { dog { ...fragmentOne ...fragmentTwo } }
            fragment fragmentOne on Dog { name }
            fragment fragmentTwo on Dog { owner { name } }
            """);

    [Fact]
    public void Spec_example_repeated_fragment_name_is_rejected() =>
        ExpectErrors<UniqueFragmentNamesRule>(
            """
            { dog { ...fragmentOne } }
            fragment fragmentOne on Dog { name }
            fragment fragmentOne on Dog { owner { name } }
            """,
            Error("There can be only one fragment named \"fragmentOne\".", (2, 10), (3, 10)));
}

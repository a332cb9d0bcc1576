using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class NoUnusedFragmentsRuleTests
{
    [Fact]
    public void Fragments_used_directly_or_transitively_are_valid() =>
        ExpectValid<NoUnusedFragmentsRule>("""
            { human(id: 4) { ...HumanFields1 } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields3 on Human { name }
            """);

    [Fact]
    public void Spec_example_unused_fragment_is_rejected() =>
        ExpectErrors<NoUnusedFragmentsRule>(
            """
            fragment nameFragment on Dog { name }
            { dog { name } }
            """,
            Error("Fragment \"nameFragment\" is never used.", (1, 1)));

    [Fact]
    public void Fragments_used_only_by_unused_fragments_are_rejected() =>
        ExpectErrors<NoUnusedFragmentsRule>(
            """
            { dog { name } }
            fragment A on Dog { ...B }
            fragment B on Dog { name }
            """,
            Error("Fragment \"A\" is never used.", (2, 1)),
            Error("Fragment \"B\" is never used.", (3, 1)));
}

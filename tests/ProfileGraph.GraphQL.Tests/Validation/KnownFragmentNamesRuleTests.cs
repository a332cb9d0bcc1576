using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class KnownFragmentNamesRuleTests
{
    [Fact]
    public void Defined_fragments_are_valid() =>
        ExpectValid<KnownFragmentNamesRule>("{ dog { ...F ... on Dog { ...F } } } fragment F on Dog { name }");

    [Fact]
    public void Spec_example_undefined_fragment_is_rejected() =>
        ExpectErrors<KnownFragmentNamesRule>(
            "{ dog { ...undefinedFragment } }",
            Error("Unknown fragment \"undefinedFragment\".", (1, 12)));
}

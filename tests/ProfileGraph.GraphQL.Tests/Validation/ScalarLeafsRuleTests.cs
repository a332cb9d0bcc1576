using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class ScalarLeafsRuleTests
{
    [Fact]
    public void Spec_example_scalar_without_selection_is_valid() =>
        ExpectValid<ScalarLeafsRule>("fragment scalarSelection on Dog { barkVolume }");

    [Fact]
    public void Spec_example_scalar_with_selection_is_rejected() =>
        ExpectErrors<ScalarLeafsRule>(
            "fragment scalarSelectionsNotAllowedOnInt on Dog { barkVolume { sinceWhen } }",
            Error("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", (1, 62)));

    [Fact]
    public void Spec_example_object_interface_and_union_without_selection_are_rejected() =>
        ExpectErrors<ScalarLeafsRule>(
            """
            query directQueryOnObjectWithoutSubFields { human }
            query directQueryOnInterfaceWithoutSubFields { pet }
            query directQueryOnUnionWithoutSubFields { catOrDog }
            """,
            Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (1, 45)),
            Error("Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?", (2, 48)),
            Error("Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?", (3, 44)));

    [Fact]
    public void Enum_with_selection_is_rejected_with_wrapped_type() =>
        ExpectErrors<ScalarLeafsRule>(
            "{ dog { doesKnowCommand(dogCommand: SIT) { x } } }",
            Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean!\" has no subfields."));
}

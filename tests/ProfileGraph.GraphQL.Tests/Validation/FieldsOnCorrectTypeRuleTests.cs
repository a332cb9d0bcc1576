using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class FieldsOnCorrectTypeRuleTests
{
    [Fact]
    public void Spec_example_interface_fields_and_aliases_are_valid() =>
        ExpectValid<FieldsOnCorrectTypeRule>("""
            fragment interfaceFieldSelection on Pet { name }
            fragment aliasedLyingFieldTargetNotDefined on Dog { barkVolume: barkVolume }
            fragment inDefinedOnImplementorsQueriedOnInterface on Pet { ... on Dog { barkVolume } }
            fragment lowerCaseTypename on CatOrDog { __typename ... on Dog { name } }
            { __schema { queryType { name } } __type(name: "Dog") { name } }
            """);

    [Fact]
    public void Spec_example_undefined_fields_are_rejected() =>
        ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment fieldNotDefined on Dog { meowVolume }
            fragment aliasedLyingFieldTargetNotDefined on Dog { barkVolume: kawVolume }
            """,
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 35)),
            Error("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 53)));

    [Fact]
    public void Spec_example_field_of_an_implementation_on_the_interface_is_rejected() =>
        ExpectErrors<FieldsOnCorrectTypeRule>(
            "fragment definedOnImplementorsButNotInterface on Pet { barkVolume }",
            Error("Cannot query field \"barkVolume\" on type \"Pet\". Did you mean to use an inline fragment on \"Dog\"?", (1, 56)));

    [Fact]
    public void Spec_example_field_directly_on_a_union_is_rejected() =>
        ExpectErrors<FieldsOnCorrectTypeRule>(
            "fragment directFieldSelectionOnUnion on CatOrDog { directField }",
            Error("Cannot query field \"directField\" on type \"CatOrDog\".", (1, 52)));

    [Fact]
    public void Union_field_defined_on_members_suggests_most_used_types_and_interfaces_first() =>
        ExpectErrors<FieldsOnCorrectTypeRule>(
            "fragment f on CatOrDog { name }",
            Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?"));

    [Fact]
    public void Schema_meta_field_is_only_on_the_query_root() =>
        ExpectErrors<FieldsOnCorrectTypeRule>(
            "{ dog { __schema { queryType { name } } } }",
            Error("Cannot query field \"__schema\" on type \"Dog\".", (1, 9)));
}

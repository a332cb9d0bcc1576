using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class VariablesAreInputTypesRuleTests
{
    [Fact]
    public void Spec_example_input_types_are_valid() =>
        ExpectValid<VariablesAreInputTypesRule>("""
            query takesBoolean($atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }
            query takesComplexInput($complexInput: ComplexInput) { dog { name } }
            query TakesListOfBooleanBang($booleans: [Boolean!]) { dog { name } }
            """);

    [Fact]
    public void Spec_example_output_types_are_rejected() =>
        ExpectErrors<VariablesAreInputTypesRule>(
            """
            query takesCat($cat: Cat) { dog { name } }
            query takesDogBang($dog: Dog!) { dog { name } }
            query takesListOfPet($pets: [Pet]) { dog { name } }
            query takesCatOrDog($catOrDog: CatOrDog) { dog { name } }
            """,
            Error("Variable \"$cat\" cannot be non-input type \"Cat\".", (1, 22)),
            Error("Variable \"$dog\" cannot be non-input type \"Dog!\".", (2, 26)),
            Error("Variable \"$pets\" cannot be non-input type \"[Pet]\".", (3, 29)),
            Error("Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\".", (4, 32)));

    [Fact]
    public void Unknown_variable_type_is_left_to_KnownTypeNames() =>
        ExpectValid<VariablesAreInputTypesRule>("query ($a: Unknown) { dog { name } }");
}

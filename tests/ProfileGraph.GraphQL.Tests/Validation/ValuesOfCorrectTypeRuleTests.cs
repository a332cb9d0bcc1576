using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeRuleTests
{
    [Fact]
    public void Spec_example_literals_of_the_right_type_are_valid() =>
        ExpectValid<ValuesOfCorrectTypeRule>("""
            fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) }
            fragment coercedIntIntoFloatArg on Arguments { floatArgField(floatArg: 123) }
            query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) { findDog(searchBy: $search) { name } }
            """);

    [Fact]
    public void Spec_example_wrong_literal_types_are_rejected() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            fragment stringIntoInt on Arguments { intArgField(intArg: "123") }
            query badComplexValue { findDog(searchBy: { name: 123 }) { name } }
            """,
            Error("Int cannot represent the literal \"123\".", (1, 59)),
            Error("String cannot represent the literal 123.", (2, 51)));

    [Fact]
    public void Single_values_coerce_to_lists_and_lists_check_their_items() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            "{ complicatedArgs { a: stringListArgField(stringListArg: \"one\") b: stringListArgField(stringListArg: [\"one\", 2]) } }",
            Error("String cannot represent the literal 2."));

    [Fact]
    public void Null_is_rejected_only_for_non_null_positions() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            "{ complicatedArgs { intArgField(intArg: null) nonNullIntArgField(nonNullIntArg: null) } }",
            Error("Expected value of type \"Int!\", found null.", (1, 81)));

    [Fact]
    public void Enum_literals_must_be_enum_values_of_the_type() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            "{ complicatedArgs { a: enumArgField(enumArg: \"BROWN\") b: enumArgField(enumArg: brown) c: enumArgField(enumArg: BROWN) } }",
            Error("Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"?"),
            Error("Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"?"));

    [Fact]
    public void Int_out_of_range_is_rejected() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            "{ complicatedArgs { intArgField(intArg: 2147483648) } }",
            Error("Int cannot represent non 32-bit signed integer value: 2147483648."));

    [Fact]
    public void Input_objects_need_their_required_fields_and_only_known_fields() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            "{ complicatedArgs { complexArgField(complexArg: { intField: 4, unknownField: 1 }) } }",
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 49)),
            Error("Field \"unknownField\" is not defined by type \"ComplexInput\".", (1, 64)));

    [Fact]
    public void Object_for_a_scalar_is_reported_once_as_a_whole() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            "{ complicatedArgs { intArgField(intArg: { a: \"x\" }) } }",
            Error("Int cannot represent the literal {a: \"x\"}.", (1, 41)));

    [Fact]
    public void Custom_scalar_accepts_any_literal() =>
        ExpectValid<ValuesOfCorrectTypeRule>("{ custom(value: { a: [1, \"x\", true, null, ENUM] }) }");

    [Fact]
    public void Custom_scalar_accepts_variables_inside_its_literal() =>
        ExpectValid<ValuesOfCorrectTypeRule>("query ($v: Int) { custom(value: { a: [$v] }) }");

    [Fact]
    public void Built_in_scalar_rejects_a_list_even_when_it_holds_variables() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            "query ($v: Int) { complicatedArgs { intArgField(intArg: { a: $v }) } }",
            Error("Int cannot represent the literal {a: $v}."));

    [Fact]
    public void OneOf_needs_exactly_one_non_null_field() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            {
              a: search(by: { name: "x" }) { __typename }
              b: search(by: {}) { __typename }
              c: search(by: { name: "x", id: 1 }) { __typename }
              d: search(by: { name: null }) { __typename }
            }
            """,
            Error("OneOf Input Object \"SearchBy\" must specify exactly one key.", (3, 17)),
            Error("OneOf Input Object \"SearchBy\" must specify exactly one key.", (4, 17)),
            Error("Field \"SearchBy.name\" must be non-null.", (5, 17)));

    [Fact]
    public void OneOf_field_given_by_a_nullable_variable_is_left_to_VariablesInAllowedPosition() =>
        ExpectValid<ValuesOfCorrectTypeRule>(
            "query ($n: String) { complicatedArgs { oneOfArgField(oneOfArg: { name: $n }) } }");

    [Fact]
    public void Variable_default_values_are_checked() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            "query ($a: Int = \"one\", $b: [String] = [1]) { dog { name } }",
            Error("Int cannot represent the literal \"one\"."),
            Error("String cannot represent the literal 1."));
}

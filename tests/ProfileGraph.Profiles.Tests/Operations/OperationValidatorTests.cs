using ProfileGraph.Profiles.Operations;
using ProfileGraph.Profiles.Rules;
using static ProfileGraph.Profiles.Tests.Operations.OperationTestData;

namespace ProfileGraph.Profiles.Tests.Operations;

public sealed class OperationValidatorTests
{
    private static IReadOnlyList<FieldViolation> Validate(PropertyOperations operations) =>
        OperationValidator.Validate(operations, Shipped).Cast<FieldViolation>().ToList();

    [Fact]
    public void Valid_operations_have_no_violations()
    {
        var operations = new PropertyOperations
        {
            Set = Json("""{"vipLevel": 3, "custom": "x"}"""),
            SetOnce = Json("""{"registerTime": "2024-01-01T00:00:00Z"}"""),
            Increment = Json("""{"points": 10, "visits": 1.5}"""),
            Append = Json("""{"hobby": ["gym"], "tags": "single"}"""),
            Remove = Json("""{"interest": ["golf"]}"""),
            Unset = ["member"],
        };
        Assert.Empty(Validate(operations));
    }

    [Fact]
    public void Every_bad_field_is_reported_with_its_key_and_code()
    {
        var violations = Validate(Set("""{"$os": "x", "1bad": 1, "vipLevel": "gold", "note": {"a": 1}}"""));
        Assert.Equal(
            [("$os", ViolationCodes.ReservedName), ("1bad", ViolationCodes.InvalidName), ("vipLevel", ViolationCodes.TypeMismatch), ("note", ViolationCodes.InvalidValueType)],
            violations.Select(v => (v.Key, v.Code)));
    }

    [Fact]
    public void Increment_takes_only_numbers()
    {
        var violation = Assert.Single(Validate(new PropertyOperations { Increment = Json("""{"visits": "1"}""") }));
        Assert.Equal(ViolationCodes.NotANumber, violation.Code);
    }

    [Fact]
    public void Increment_of_a_declared_non_number_is_refused()
    {
        var violation = Assert.Single(Validate(new PropertyOperations { Increment = Json("""{"member": 1}""") }));
        Assert.Equal((("member"), ViolationCodes.NotANumber), (violation.Key, violation.Code));
    }

    [Fact]
    public void Increment_of_a_declared_int_by_a_fraction_is_a_type_mismatch() =>
        Assert.Equal(ViolationCodes.TypeMismatch, Assert.Single(Validate(new PropertyOperations { Increment = Json("""{"points": 0.5}""") })).Code);

    [Fact]
    public void Append_to_a_declared_non_list_is_refused() =>
        Assert.Equal(ViolationCodes.NotAList, Assert.Single(Validate(new PropertyOperations { Append = Json("""{"member": ["x"]}""") })).Code);

    [Fact]
    public void Remove_with_items_of_the_wrong_type_is_a_type_mismatch() =>
        Assert.Equal(ViolationCodes.TypeMismatch, Assert.Single(Validate(new PropertyOperations { Remove = Json("""{"hobby": [1]}""") })).Code);

    [Fact]
    public void A_property_in_two_operations_is_refused_once()
    {
        var operations = new PropertyOperations { Set = Json("""{"points": 1}"""), Increment = Json("""{"points": 1}"""), Unset = ["points"] };
        var violation = Assert.Single(Validate(operations));
        Assert.Equal(("points", ViolationCodes.ConflictingOperations), (violation.Key, violation.Code));
    }

    [Fact]
    public void Unset_of_a_reserved_name_is_refused() =>
        Assert.Equal(ViolationCodes.ReservedName, Assert.Single(Validate(new PropertyOperations { Unset = ["$city"] })).Code);

    [Fact]
    public void An_operation_argument_that_is_not_an_object_is_a_violation()
    {
        var violations = new List<WriteViolation>();
        var result = PropertyOperations.ReadArgument("set", System.Text.Json.JsonDocument.Parse("[1]").RootElement, violations);
        Assert.Empty(result);
        Assert.Equal("set", Assert.IsType<FieldViolation>(Assert.Single(violations)).Key);
    }
}

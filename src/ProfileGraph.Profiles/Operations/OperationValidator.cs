using System.Text.Json;
using System.Text.Json.Nodes;
using ProfileGraph.Profiles.Properties;
using ProfileGraph.Profiles.Rules;

namespace ProfileGraph.Profiles.Operations;

/// <summary>
/// The checks of an update that need no stored data: names, values, operation kinds against the
/// declared types, and one operation per property.
/// </summary>
internal static class OperationValidator
{
    public static IReadOnlyList<WriteViolation> Validate(PropertyOperations operations, PropertyDeclarations declarations)
    {
        var violations = new List<WriteViolation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);

        void Claim(string key)
        {
            if (!seen.Add(key) && reported.Add(key))
            {
                violations.Add(ViolationMessages.ConflictingOperations(key));
            }
        }

        foreach (var (key, value) in operations.Set.Concat(operations.SetOnce))
        {
            Claim(key);
            Add(violations, CheckNameAndValue(key, value) ?? CheckDeclared(declarations, key, value));
        }

        foreach (var (key, value) in operations.Increment)
        {
            Claim(key);
            Add(violations, PropertyNameRule.Check(key) ?? CheckIncrement(declarations, key, value));
        }

        foreach (var (key, value) in operations.Append.Concat(operations.Remove))
        {
            Claim(key);
            Add(violations, PropertyNameRule.Check(key) ?? CheckListOperation(declarations, key, value));
        }

        foreach (var key in operations.Unset)
        {
            Claim(key);
            Add(violations, PropertyNameRule.Check(key));
        }

        return violations;
    }

    private static void Add(List<WriteViolation> violations, FieldViolation? violation)
    {
        if (violation is not null)
        {
            violations.Add(violation);
        }
    }

    private static FieldViolation? CheckNameAndValue(string key, JsonNode? value) =>
        PropertyNameRule.Check(key) ?? PropertyValueRule.Check(key, value);

    private static FieldViolation? CheckDeclared(PropertyDeclarations declarations, string key, JsonNode? value) =>
        declarations.Find(key) is { } declaration ? DeclaredTypeRule.Check(declaration, value) : null;

    private static FieldViolation? CheckIncrement(PropertyDeclarations declarations, string key, JsonNode? value)
    {
        if (value is not JsonValue number || number.GetValueKind() != JsonValueKind.Number)
        {
            return ViolationMessages.NotANumber(key);
        }

        if (declarations.Find(key) is { } declaration)
        {
            if (!declaration.IsNumeric)
            {
                return ViolationMessages.NotANumber(key);
            }

            return DeclaredTypeRule.FitsScalar(declaration.Scalar, value)
                ? null
                : ViolationMessages.TypeMismatch(key, declaration.GraphQLType);
        }

        return null;
    }

    private static FieldViolation? CheckListOperation(PropertyDeclarations declarations, string key, JsonNode? value)
    {
        // A single value is accepted as a one-item list, as the SDKs' append does.
        var items = value is JsonArray array ? array : new JsonArray(value?.DeepClone());
        if (PropertyValueRule.Check(key, items) is { } violation)
        {
            return violation;
        }

        if (declarations.Find(key) is { } declaration)
        {
            if (!declaration.IsList)
            {
                return ViolationMessages.NotAList(key);
            }

            return items.All(item => DeclaredTypeRule.FitsScalar(declaration.Scalar, item))
                ? null
                : ViolationMessages.TypeMismatch(key, declaration.GraphQLType);
        }

        return null;
    }
}

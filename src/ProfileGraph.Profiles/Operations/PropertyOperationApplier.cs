using System.Text.Json;
using System.Text.Json.Nodes;
using ProfileGraph.Profiles.Properties;
using ProfileGraph.Profiles.Rules;

namespace ProfileGraph.Profiles.Operations;

/// <summary>
/// Applies validated operations to a copy of a profile's custom properties and checks what only the
/// stored values can tell: increments on non-numbers, list operations on non-lists, list length and
/// the per-profile size cap. The caller writes the result only when there are no violations.
/// </summary>
internal static class PropertyOperationApplier
{
    public static PropertyApplyResult Apply(
        JsonObject current,
        PropertyOperations operations,
        PropertyDeclarations declarations,
        int maxPropertiesBytes)
    {
        var result = (JsonObject)current.DeepClone();
        var violations = new List<WriteViolation>();

        foreach (var (key, value) in operations.Set)
        {
            result[key] = value?.DeepClone();
        }

        foreach (var (key, value) in operations.SetOnce)
        {
            if (!result.ContainsKey(key))
            {
                result[key] = value?.DeepClone();
            }
        }

        foreach (var (key, value) in operations.Increment)
        {
            ApplyIncrement(result, key, value, declarations, violations);
        }

        foreach (var (key, value) in operations.Append)
        {
            ApplyList(result, key, value, append: true, violations);
        }

        foreach (var (key, value) in operations.Remove)
        {
            ApplyList(result, key, value, append: false, violations);
        }

        foreach (var key in operations.Unset)
        {
            result.Remove(key);
        }

        var size = PropertiesSize.Measure(result);
        if (violations.Count == 0 && size > maxPropertiesBytes)
        {
            violations.Add(ViolationMessages.PropertiesTooLarge(maxPropertiesBytes, size));
        }

        return new PropertyApplyResult(result, violations, size);
    }

    private static void ApplyIncrement(JsonObject target, string key, JsonNode? by, PropertyDeclarations declarations, List<WriteViolation> violations)
    {
        var existing = target[key];
        if (existing is not null && (existing is not JsonValue current || current.GetValueKind() != JsonValueKind.Number))
        {
            violations.Add(ViolationMessages.NotANumber(key));
            return;
        }

        var increment = (JsonValue)by!;
        JsonNode sum;
        if (TryLong(existing, out var left) && TryLong(increment, out var right))
        {
            long total;
            try
            {
                total = checked(left + right);
            }
            catch (OverflowException)
            {
                violations.Add(ViolationMessages.TypeMismatch(key, "Long"));
                return;
            }

            sum = JsonValue.Create(total);
        }
        else
        {
            sum = JsonValue.Create(ToDouble(existing) + ToDouble(increment));
        }

        if (declarations.Find(key) is { } declaration && !DeclaredTypeRule.FitsScalar(declaration.Scalar, sum))
        {
            violations.Add(ViolationMessages.TypeMismatch(key, declaration.GraphQLType));
            return;
        }

        target[key] = sum;
    }

    private static void ApplyList(JsonObject target, string key, JsonNode? value, bool append, List<WriteViolation> violations)
    {
        var existing = target[key];
        if (existing is not null and not JsonArray)
        {
            violations.Add(ViolationMessages.NotAList(key));
            return;
        }

        var items = value is JsonArray array ? array : new JsonArray(value?.DeepClone());
        var list = existing is JsonArray current ? (JsonArray)current.DeepClone() : [];
        if (append)
        {
            foreach (var item in items)
            {
                list.Add(item?.DeepClone());
            }

            if (list.Count > PropertyValueRule.MaxListItems)
            {
                violations.Add(ViolationMessages.ListTooLong(key, PropertyValueRule.MaxListItems));
                return;
            }
        }
        else
        {
            if (existing is null)
            {
                return;
            }

            for (var i = list.Count - 1; i >= 0; i--)
            {
                if (items.Any(item => JsonNode.DeepEquals(item, list[i])))
                {
                    list.RemoveAt(i);
                }
            }
        }

        target[key] = list;
    }

    private static bool TryLong(JsonNode? node, out long value)
    {
        value = 0;
        if (node is null)
        {
            return true;
        }

        if (node is not JsonValue json)
        {
            return false;
        }

        if (json.TryGetValue(out value))
        {
            return true;
        }

        if (json.TryGetValue(out JsonElement element))
        {
            return element.TryGetInt64(out value);
        }

        if (json.TryGetValue(out int small))
        {
            value = small;
            return true;
        }

        return false;
    }

    private static double ToDouble(JsonNode? node) => node is null ? 0 : node.GetValue<double>();
}

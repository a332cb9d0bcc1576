using System.Text.Json;
using System.Text.Json.Nodes;
using ProfileGraph.Profiles.Rules;

namespace ProfileGraph.Profiles.Operations;

/// <summary>
/// The custom-property operations of one update, as the analytics SDKs name them: set, set-once
/// (only if absent), increment (numbers; absent counts as 0), append and remove (lists), unset.
/// </summary>
internal sealed class PropertyOperations
{
    private static readonly Dictionary<string, JsonNode?> None = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, JsonNode?> Set { get; init; } = None;
    public IReadOnlyDictionary<string, JsonNode?> SetOnce { get; init; } = None;
    public IReadOnlyDictionary<string, JsonNode?> Increment { get; init; } = None;
    public IReadOnlyDictionary<string, JsonNode?> Append { get; init; } = None;
    public IReadOnlyDictionary<string, JsonNode?> Remove { get; init; } = None;
    public IReadOnlyList<string> Unset { get; init; } = [];

    public bool IsEmpty =>
        Set.Count == 0 && SetOnce.Count == 0 && Increment.Count == 0 && Append.Count == 0 && Remove.Count == 0 && Unset.Count == 0;

    /// <summary>
    /// Reads one operation argument (a JSON object of property name to value). A null argument is no
    /// operation; anything but an object is a violation keyed by the argument name.
    /// </summary>
    public static IReadOnlyDictionary<string, JsonNode?> ReadArgument(string argument, object? value, List<WriteViolation> violations)
    {
        var node = ToNode(value);
        if (node is null)
        {
            return None;
        }

        if (node is not JsonObject obj)
        {
            violations.Add(new FieldViolation(argument, ViolationCodes.InvalidValueType, "The operation takes an object of property name to value."));
            return None;
        }

        var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (key, item) in obj)
        {
            result[key] = item?.DeepClone();
        }

        return result;
    }

    /// <summary>Converts a runtime JSON value (JsonElement, JsonNode or null) to a detached node.</summary>
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        JsonElement element => JsonNode.Parse(element.GetRawText()),
        string text => JsonValue.Create(text),
        _ => JsonSerializer.SerializeToNode(value),
    };
}

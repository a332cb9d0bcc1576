using System.Text.Json.Nodes;
using ProfileGraph.Profiles.Rules;

namespace ProfileGraph.Profiles.Resolvers.Mutations;

/// <summary>Checks and writes one device of a profile (kept in the body's <c>ext.devices</c> list).</summary>
internal static class DeviceRules
{
    private static readonly string[] TextFields = ["registrationId", "platform", "appVersion", "os"];

    public static IReadOnlyList<WriteViolation> Check(IReadOnlyDictionary<string, object?> input)
    {
        var violations = new List<WriteViolation>();
        foreach (var field in TextFields)
        {
            if (input.GetValueOrDefault(field) is string text && StandardFieldRules.Check("device." + field, text) is { } violation)
            {
                violations.Add(violation);
            }
        }

        var properties = Operations.PropertyOperations.ReadArgument("properties", input.GetValueOrDefault("properties"), violations);
        foreach (var (key, value) in properties)
        {
            if ((PropertyNameRule.Check(key) ?? PropertyValueRule.Check(key, value)) is { } violation)
            {
                violations.Add(violation);
            }
        }

        return violations;
    }

    /// <summary>Adds or replaces the device named by the input's registration id; returns the stored device.</summary>
    public static JsonObject Upsert(JsonObject body, IReadOnlyDictionary<string, object?> input)
    {
        var ext = ProfileMerger.Object(body, "ext");
        if (ext["devices"] is not JsonArray devices)
        {
            devices = [];
            ext["devices"] = devices;
        }

        var registrationId = (string)input["registrationId"]!;
        var device = devices.OfType<JsonObject>().FirstOrDefault(d => JsonValues.String(d, "registrationId") == registrationId);
        if (device is null)
        {
            device = new JsonObject { ["registrationId"] = registrationId };
            devices.Add(device);
        }

        foreach (var field in TextFields.Skip(1).Append("lastActive").Append("properties").Where(input.ContainsKey))
        {
            var value = JsonValues.FromClr(input[field]);
            if (value is null)
            {
                device.Remove(field);
            }
            else
            {
                device[field] = value;
            }
        }

        if (!device.ContainsKey("lastActive"))
        {
            device["lastActive"] = JsonValues.FromClr(DateTimeOffset.UtcNow);
        }

        return (JsonObject)device.DeepClone();
    }
}

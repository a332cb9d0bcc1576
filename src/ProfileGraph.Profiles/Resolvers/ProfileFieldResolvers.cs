using System.Text.Json.Nodes;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Profiles.Operations;
using ProfileGraph.Profiles.Properties;
using ProfileGraph.Profiles.Schema;

namespace ProfileGraph.Profiles.Resolvers;

/// <summary>
/// Resolvers of <c>Profile</c> and its JSON-backed sub-objects. Sub-objects are handed on as dictionaries,
/// which the engine's default resolver reads by field name; <c>ProfileProperties</c> is handed on as the stored
/// JSON object and each declared property converts only itself, so unselected properties cost nothing; a
/// <c>Device</c> is handed on as its stored JSON object in the same way.
/// </summary>
internal static class ProfileFieldResolvers
{
    private static readonly string[] DeviceStringFields = ["registrationId", "platform", "appVersion", "os", "lastActive"];

    public static void Register(SchemaBuilder builder, PropertyDeclarations declarations)
    {
        builder.AddResolver("Profile.id", c => Value(NodeId.Encode(NodeId.ProfileType, View(c).ProfileId)));
        builder.AddResolver("Profile.profileId", c => Value(View(c).ProfileId));
        foreach (var field in ProfileDocumentSchema.StandardStringFields.Where(f => f != "gender"))
        {
            builder.AddResolver("Profile." + field, c => Value(View(c).String(field)));
        }

        builder.AddResolver("Profile.gender", c => Value(View(c).String("gender") ?? "UNKNOWN"));
        builder.AddResolver("Profile.identities", c => Value(Identities(View(c))));
        builder.AddResolver("Profile.contacts", c => Value(JsonValues.ToDictionary(View(c).Object("contacts"))));
        builder.AddResolver("Profile.groups", c => Value(JsonValues.ToClr(View(c).Body["groups"]) ?? new List<object?>()));
        builder.AddResolver("Profile.account", c => Value(Account(View(c))));
        // ProfileProperties has no runtime value of its own: its fields read below `properties` of the profile's view.
        builder.AddResolver("Profile.properties", c => Value(View(c).Document.HasObject(ProfileDocumentSchema.PropertiesPath) ? View(c) : null));
        foreach (var declaration in declarations.All)
        {
            var path = ProfileDocumentSchema.PropertiesPath + "." + declaration.Name;
            builder.AddResolver(PropertyDeclarations.TypeName + "." + declaration.Name, c => Value(DeclaredValue(View(c), declaration, path)));
        }
        builder.AddResolver("Profile.property", c => Value(View(c).Properties[c.ArgumentValue<string>("key")]?.DeepClone()));
        builder.AddResolver("Profile.attributes", c => Value(Attributes(View(c), c.ArgumentValue<IReadOnlyList<object?>?>("keys"))));
        builder.AddResolver("Profile.propertiesSize", c => Value(PropertiesSize.Measure(View(c).Properties)));
        builder.AddResolver("Profile.devices", c => Value(Devices(View(c), c.ArgumentValue<int?>("first"))));
        builder.AddResolver("Profile.createdAt", c => Value(View(c).Document.CreatedAt));
        builder.AddResolver("Profile.updatedAt", c => Value(View(c).Document.UpdatedAt));
        builder.AddResolver("Profile.version", c => Value(View(c).Document.Version));

        foreach (var field in DeviceStringFields)
        {
            builder.AddResolver("Device." + field, c => Value(JsonValues.String((JsonObject)c.Parent!, field)));
        }

        builder.AddResolver("Device.properties", c => Value(((JsonObject)c.Parent!)["properties"]?.DeepClone()));
    }

    private static ProfileView View(IResolverContext context) => (ProfileView)context.Parent!;

    private static ValueTask<object?> Value(object? value) => ValueTask.FromResult(value);

    private static Dictionary<string, object?> Identities(ProfileView view)
    {
        var identities = view.Object("identities");
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["userId"] = JsonValues.String(identities, "userId"),
            ["anonymousIds"] = JsonValues.ToClr(identities?["anonymousIds"]) ?? new List<object?>(),
            ["registrationIds"] = JsonValues.ToClr(identities?["registrationIds"]) ?? new List<object?>(),
            ["openId"] = JsonValues.String(identities, "openId"),
            ["unionId"] = JsonValues.String(identities, "unionId"),
        };
    }

    private static Dictionary<string, object?> Account(ProfileView view)
    {
        // The password hash stays here: only the public account fields are handed on.
        var account = view.Object("account");
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["username"] = JsonValues.String(account, "username"),
            ["email"] = JsonValues.String(account, "email"),
            ["phone"] = JsonValues.String(account, "phone"),
            ["phoneVerified"] = account?["phoneVerified"] is JsonValue verified && verified.GetValue<bool>(),
        };
    }

    /// <summary>A declared property as a CLR value; a stored value that no longer fits its declaration (the declaration changed) reads as null.</summary>
    private static object? DeclaredValue(ProfileView view, PropertyDeclaration declaration, string path) =>
        view.Document.GetNode(path) is { } value && Rules.DeclaredTypeRule.Check(declaration, value) is null ? JsonValues.ToClr(value) : null;

    private static JsonObject Attributes(ProfileView view, IReadOnlyList<object?>? keys)
    {
        var properties = view.Properties;
        if (keys is null)
        {
            return (JsonObject)properties.DeepClone();
        }

        var result = new JsonObject();
        foreach (var key in keys.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (properties.TryGetPropertyValue(key, out var value))
            {
                result[key] = value?.DeepClone();
            }
        }

        return result;
    }

    /// <summary>The profile's devices as stored, newest <c>lastActive</c> first (a stable order for equal ones).</summary>
    private static List<JsonObject> Devices(ProfileView view, int? first)
    {
        var stored = (view.Body["ext"] as JsonObject)?["devices"] as JsonArray ?? [];
        var ordered = stored.OfType<JsonObject>().OrderByDescending(device => JsonValues.String(device, "lastActive"), StringComparer.Ordinal);
        return (first is { } n ? ordered.Take(Math.Max(0, n)) : ordered).ToList();
    }
}

using System.Text.Json.Nodes;
using ProfileGraph.Profiles.Rules;
using ProfileGraph.Profiles.Schema;

namespace ProfileGraph.Profiles.Resolvers.Mutations;

/// <summary>
/// Writes the standard fields of a <c>ProfileFieldsInput</c> / <c>SetProfileInput</c> into a body:
/// only the fields given change, a null clears a field. Every value is checked first.
/// </summary>
internal static class ProfileFieldWriter
{
    public static void Apply(JsonObject body, IReadOnlyDictionary<string, object?> fields, List<WriteViolation> violations)
    {
        foreach (var field in ProfileDocumentSchema.StandardStringFields)
        {
            if (!fields.TryGetValue(field, out var value))
            {
                continue;
            }

            if (StandardFieldRules.Check(field, value as string) is { } violation)
            {
                violations.Add(violation);
                continue;
            }

            Set(body, field, value as string);
        }

        if (fields.TryGetValue("contacts", out var contactsValue))
        {
            if (contactsValue is not IReadOnlyDictionary<string, object?> contacts)
            {
                body.Remove("contacts");
            }
            else
            {
                var target = body["contacts"] as JsonObject ?? [];
                foreach (var field in ProfileDocumentSchema.ContactFields.Where(contacts.ContainsKey))
                {
                    var text = contacts[field] as string;
                    if (StandardFieldRules.Check("contacts." + field, text) is { } violation)
                    {
                        violations.Add(violation);
                        continue;
                    }

                    Set(target, field, text);
                }

                if (target.Parent is null)
                {
                    body["contacts"] = target;
                }
            }
        }

        if (fields.TryGetValue("groups", out var groupsValue))
        {
            var groups = (groupsValue as IEnumerable<object?>)?.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (StandardFieldRules.CheckGroups(groups) is { } violation)
            {
                violations.Add(violation);
            }
            else if (groups is null)
            {
                body.Remove("groups");
            }
            else
            {
                body["groups"] = new JsonArray(groups.Select(g => (JsonNode?)JsonValue.Create(g)).ToArray());
            }
        }
    }

    private static void Set(JsonObject target, string key, string? value)
    {
        if (value is null)
        {
            target.Remove(key);
        }
        else
        {
            target[key] = value;
        }
    }
}

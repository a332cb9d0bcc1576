using System.Text.Json.Nodes;

namespace ProfileGraph.Profiles.Resolvers.Mutations;

/// <summary>
/// Moves an anonymous profile's data into a user's profile: the user's values win, the anonymous
/// profile fills what the user lacks, lists are united.
/// </summary>
internal static class ProfileMerger
{
    public static void MergeInto(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            if (value is null)
            {
                continue;
            }

            switch (target[key])
            {
                case null:
                    target[key] = value.DeepClone();
                    break;
                case JsonObject targetObject when value is JsonObject sourceObject:
                    MergeInto(targetObject, sourceObject);
                    break;
                case JsonArray targetArray when value is JsonArray sourceArray:
                    foreach (var item in sourceArray.Where(item => !targetArray.Any(existing => JsonNode.DeepEquals(existing, item))))
                    {
                        targetArray.Add(item?.DeepClone());
                    }

                    break;
            }
        }
    }

    public static JsonObject Object(JsonObject body, string key)
    {
        if (body[key] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        body[key] = created;
        return created;
    }

    public static void AddToList(JsonObject target, string key, string value)
    {
        var list = target[key] as JsonArray;
        if (list is null)
        {
            list = [];
            target[key] = list;
        }

        if (!list.Any(item => item?.GetValueKind() == System.Text.Json.JsonValueKind.String && item.GetValue<string>() == value))
        {
            list.Add(value);
        }
    }
}

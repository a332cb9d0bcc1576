using ProfileGraph.Data;

namespace ProfileGraph.Profiles.Resolvers;

/// <summary>Translates a coerced <c>[ProfileSortInput!]</c> into store sort keys, in priority order.</summary>
internal static class SortTranslator
{
    private static readonly HashSet<string> NestedObjects = new(StringComparer.Ordinal) { "identities", "contacts", "account", "properties" };

    public static IReadOnlyList<SortField> Translate(IReadOnlyList<object?>? order)
    {
        var fields = new List<SortField>();
        foreach (var item in order ?? [])
        {
            if (item is IReadOnlyDictionary<string, object?> input)
            {
                Add(fields, input, "");
            }
        }

        return fields;
    }

    private static void Add(List<SortField> fields, IReadOnlyDictionary<string, object?> input, string prefix)
    {
        foreach (var (name, value) in input)
        {
            var path = prefix.Length == 0 && name == "profileId" ? "id" : prefix + name;
            switch (value)
            {
                case null:
                    throw ResolverErrors.InvalidArgument($"The sort field '{path}' must not be null.");
                case IReadOnlyDictionary<string, object?> nested when prefix.Length == 0 && NestedObjects.Contains(name):
                    Add(fields, nested, name + ".");
                    break;
                case "ASC":
                    fields.Add(SortField.Asc(path));
                    break;
                case "DESC":
                    fields.Add(SortField.Desc(path));
                    break;
                default:
                    throw ResolverErrors.InvalidArgument($"The sort field '{path}' has an invalid value.");
            }
        }
    }
}

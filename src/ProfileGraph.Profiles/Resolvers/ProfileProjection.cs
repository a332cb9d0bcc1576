using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Profiles.Schema;

namespace ProfileGraph.Profiles.Resolvers;

/// <summary>
/// Projection push-down: the body paths the selected <c>Profile</c> fields need, so only those leave
/// the database. Null (the whole body) when a selection needs something this mapping does not know.
/// </summary>
internal static class ProfileProjection
{
    private static readonly Dictionary<string, string?> PathsByField = new(StringComparer.Ordinal)
    {
        ["id"] = null, ["profileId"] = null, ["createdAt"] = null, ["updatedAt"] = null, ["version"] = null, ["__typename"] = null,
        ["firstName"] = "firstName", ["lastName"] = "lastName", ["nickname"] = "nickname", ["email"] = "email",
        ["avatar"] = "avatar", ["phone"] = "phone", ["gender"] = "gender", ["birth"] = "birth", ["sign"] = "sign",
        ["city"] = "city", ["province"] = "province", ["country"] = "country", ["language"] = "language",
        ["identities"] = "identities", ["contacts"] = "contacts", ["groups"] = "groups", ["account"] = "account",
        ["properties"] = "properties", ["property"] = "properties", ["attributes"] = "properties", ["propertiesSize"] = "properties",
        ["devices"] = ProfileDocumentSchema.DevicesPath,
    };

    /// <summary>
    /// The paths for a list of selected Profile fields. Declared properties selected under <c>properties</c> are
    /// read one by one (<c>properties</c> then comes back as a container of just those) unless another selected
    /// field needs the whole object.
    /// </summary>
    public static IReadOnlyList<string>? ForProfileFields(IEnumerable<SelectedField> fields)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var selectsProperties = false;
        foreach (var field in fields)
        {
            if (field.Name == "properties" && field.GetSelections() is { Count: > 0 } properties)
            {
                selectsProperties = true;
                declared.UnionWith(properties.Select(p => p.Name));
                continue;
            }

            if (!PathsByField.TryGetValue(field.Name, out var path))
            {
                return null;
            }

            if (path is not null)
            {
                paths.Add(path);
            }
        }

        if (selectsProperties && paths.Add(ProfileDocumentSchema.PropertiesPath))
        {
            paths.UnionWith(declared.Select(name => ProfileDocumentSchema.PropertiesPath + "." + name));
        }

        return paths.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The paths for a field returning Profile (or a list of Profile) directly.</summary>
    public static IReadOnlyList<string>? ForField(IResolverContext context) => ForProfileFields(context.GetSelections());

    /// <summary>The paths for a connection or collection segment: its <c>nodes</c>, <c>edges.node</c> or <c>items</c>.</summary>
    public static IReadOnlyList<string>? ForPage(IResolverContext context)
    {
        var profileFields = new List<SelectedField>();
        foreach (var field in context.GetSelections())
        {
            switch (field.Name)
            {
                case "nodes" or "items":
                    profileFields.AddRange(field.GetSelections());
                    break;
                case "edges":
                    foreach (var edgeField in field.GetSelections().Where(f => f.Name == "node"))
                    {
                        profileFields.AddRange(edgeField.GetSelections());
                    }

                    break;
            }
        }

        return ForProfileFields(profileFields);
    }

    /// <summary>Whether <c>totalCount</c> is selected on the page field.</summary>
    public static bool SelectsTotalCount(IResolverContext context) => context.GetSelections().Any(f => f.Name == "totalCount");

    /// <summary>Whether the page field selects anything that needs the items.</summary>
    public static bool SelectsItems(IResolverContext context) => context.GetSelections().Any(f => f.Name != "totalCount" && f.Name != "__typename");
}

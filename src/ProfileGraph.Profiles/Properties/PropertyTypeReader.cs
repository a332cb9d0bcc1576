using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.Profiles.Properties;

/// <summary>Maps a declared field type (<c>Int</c>, <c>[String!]</c>, …) to a scalar and a list flag.</summary>
internal static class PropertyTypeReader
{
    /// <summary>
    /// Accepts <c>S</c>, <c>[S]</c>, <c>[S!]</c> where S is a declarable scalar. The outer type must be
    /// nullable because a profile may lack the property.
    /// </summary>
    public static bool TryRead(ITypeNode type, out PropertyScalar scalar, out bool isList)
    {
        scalar = default;
        isList = false;
        switch (type)
        {
            case NamedTypeNode named:
                return TryScalar(named.Name.Value, out scalar);
            case ListTypeNode list:
                isList = true;
                var item = list.Type is NonNullTypeNode nonNull ? nonNull.Type : list.Type;
                return item is NamedTypeNode itemName && TryScalar(itemName.Name.Value, out scalar);
            default:
                return false;
        }
    }

    private static bool TryScalar(string name, out PropertyScalar scalar) =>
        Enum.TryParse(name, ignoreCase: false, out scalar) && Enum.IsDefined(scalar) && scalar.ToString() == name;
}

namespace ProfileGraph.Profiles.Properties;

/// <summary>
/// One declared custom property: its name, scalar, whether it holds a list of that scalar, and whether the store keeps
/// an index on it (<c>@index</c> in the declaration file).
/// </summary>
public sealed record PropertyDeclaration(string Name, PropertyScalar Scalar, bool IsList, bool IsIndexed = false)
{
    /// <summary>The GraphQL type as declared, e.g. <c>Int</c> or <c>[String!]</c>.</summary>
    public string GraphQLType => IsList ? $"[{Scalar}!]" : Scalar.ToString();

    /// <summary>Whether the property can be incremented.</summary>
    public bool IsNumeric => !IsList && Scalar is PropertyScalar.Int or PropertyScalar.Long or PropertyScalar.Float;
}

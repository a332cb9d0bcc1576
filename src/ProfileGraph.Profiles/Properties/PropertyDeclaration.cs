namespace ProfileGraph.Profiles.Properties;

/// <summary>One declared custom property: its name, scalar and whether it holds a list of that scalar.</summary>
public sealed record PropertyDeclaration(string Name, PropertyScalar Scalar, bool IsList)
{
    /// <summary>The GraphQL type as declared, e.g. <c>Int</c> or <c>[String!]</c>.</summary>
    public string GraphQLType => IsList ? $"[{Scalar}!]" : Scalar.ToString();

    /// <summary>Whether the property can be incremented.</summary>
    public bool IsNumeric => !IsList && Scalar is PropertyScalar.Int or PropertyScalar.Long or PropertyScalar.Float;
}

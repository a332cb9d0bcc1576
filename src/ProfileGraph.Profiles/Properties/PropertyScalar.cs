namespace ProfileGraph.Profiles.Properties;

/// <summary>The GraphQL scalars a custom property can be declared with.</summary>
public enum PropertyScalar
{
    Int,
    Long,
    Float,
    String,
    Boolean,
    DateTime,
}

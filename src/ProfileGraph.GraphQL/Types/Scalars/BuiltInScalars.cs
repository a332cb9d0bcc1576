namespace ProfileGraph.GraphQL.Types.Scalars;

/// <summary>
/// The scalars every schema knows: the five of the specification (always in a schema) and HotChocolate's
/// <c>DateTime</c>, <c>Long</c> and <c>JSON</c> (in a schema when its SDL names them).
/// </summary>
public static class BuiltInScalars
{
    /// <summary>The spec's <c>Int</c>.</summary>
    public static ScalarType Int { get; } = new IntType();

    /// <summary>The spec's <c>Float</c>.</summary>
    public static ScalarType Float { get; } = new FloatType();

    /// <summary>The spec's <c>String</c>.</summary>
    public static ScalarType String { get; } = new StringType();

    /// <summary>The spec's <c>Boolean</c>.</summary>
    public static ScalarType Boolean { get; } = new BooleanType();

    /// <summary>The spec's <c>ID</c>.</summary>
    public static ScalarType ID { get; } = new IdType();

    /// <summary>HotChocolate's <c>DateTime</c>.</summary>
    public static ScalarType DateTime { get; } = new DateTimeType();

    /// <summary>HotChocolate's <c>Long</c>.</summary>
    public static ScalarType Long { get; } = new LongType();

    /// <summary>HotChocolate's <c>JSON</c>.</summary>
    public static ScalarType Json { get; } = new JsonType();

    /// <summary>The five specification scalars, which the schema printer leaves out.</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [Int, Float, String, Boolean, ID];

    /// <summary>The extra scalars available by name.</summary>
    public static IReadOnlyList<ScalarType> Extra { get; } = [DateTime, Long, Json];

    /// <summary>True when <paramref name="name"/> is one of the five specification scalars.</summary>
    public static bool IsSpecified(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";
}

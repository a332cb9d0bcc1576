namespace ProfileGraph.GraphQL.Types;

/// <summary>An object type (spec §3.6 "Objects").</summary>
public sealed class ObjectType : ComplexType
{
    internal ObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;
}

namespace ProfileGraph.GraphQL.Types;

/// <summary>A list of another type (spec §3.11 "List").</summary>
public sealed class ListType : IType
{
    /// <summary>Wraps <paramref name="ofType"/> in a list.</summary>
    public ListType(IType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    /// <summary>The item type.</summary>
    public IType OfType { get; }

    /// <inheritdoc />
    public TypeKind Kind => TypeKind.List;

    /// <inheritdoc />
    public override string ToString() => "[" + OfType + "]";
}

namespace ProfileGraph.GraphQL.Types;

/// <summary>A non-null wrapper around a nullable type (spec §3.12 "Non-Null").</summary>
public sealed class NonNullType : IType
{
    /// <summary>Wraps <paramref name="ofType"/>; it must not itself be non-null.</summary>
    public NonNullType(IType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type being wrapped.</summary>
    public IType OfType { get; }

    /// <inheritdoc />
    public TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc />
    public override string ToString() => OfType + "!";
}

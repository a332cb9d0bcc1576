namespace ProfileGraph.GraphQL.Language;

/// <summary>A non-null type reference <c>Type!</c> (spec §2.11).</summary>
public sealed class NonNullTypeNode : SyntaxNode, ITypeNode
{
    /// <summary>Creates the node.</summary>
    public NonNullTypeNode(ITypeNode type, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(type);
        Type = type;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    public ITypeNode Type { get; }
}

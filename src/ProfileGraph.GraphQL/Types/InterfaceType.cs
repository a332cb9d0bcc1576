namespace ProfileGraph.GraphQL.Types;

/// <summary>An interface type (spec §3.7 "Interfaces").</summary>
public sealed class InterfaceType : ComplexType
{
    internal InterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>
    /// Picks the object type of a runtime value, when registered with <c>SchemaBuilder.AddTypeResolver</c>;
    /// otherwise <see cref="Schema.ResolveAbstractType"/> uses the default rule.
    /// </summary>
    public Func<object, ObjectType?>? TypeResolver { get; internal set; }
}

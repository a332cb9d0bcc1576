using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Introspection;

/// <summary>Binds the introspection resolvers to a schema's introspection types and meta fields.</summary>
internal static class IntrospectionFields
{
    /// <summary>Sets the resolver of <c>__schema</c>, <c>__type</c> and every field of the <c>__</c> types.</summary>
    public static void Bind(Schema schema)
    {
        foreach (var (coordinate, resolver) in IntrospectionResolvers.All)
        {
            var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
            var typeName = coordinate[..dot] == "Query" ? schema.QueryType.Name : coordinate[..dot];
            var field = ((ComplexType)schema.Types[typeName]).GetField(coordinate[(dot + 1)..])!;
            field.Resolver = Wrap(resolver);
        }
    }

    private static FieldResolver Wrap(IntrospectionResolvers.Resolver resolver) =>
        context => ValueTask.FromResult(resolver(context.Parent ?? context.Schema, context.Arguments, context.Schema));
}

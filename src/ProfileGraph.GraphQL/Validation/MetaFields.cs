using System.Runtime.CompilerServices;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// Field look-up with the introspection meta fields of spec §4.1: <c>__typename</c> on every composite
/// type, <c>__schema</c> and <c>__type</c> on the query root only.
/// </summary>
internal sealed class MetaFields
{
    private static readonly ConditionalWeakTable<Schema, MetaFields> Cache = [];
    private readonly Schema _schema;

    public MetaFields(Schema schema)
    {
        _schema = schema;
        var query = schema.QueryType;
        var stringType = (IType?)schema.GetType("String") ?? throw new ArgumentException("The schema has no String type.", nameof(schema));
        TypeName = new OutputField(query, "__typename", null, new NonNullType(stringType), null, []);
        SchemaField = query.GetField("__schema");
        if (SchemaField is null && schema.GetType("__Schema") is ObjectType schemaType)
        {
            SchemaField = new OutputField(query, "__schema", null, new NonNullType(schemaType), null, []);
        }

        TypeField = query.GetField("__type");
        if (TypeField is null && schema.GetType("__Type") is ObjectType typeType)
        {
            var field = new OutputField(query, "__type", null, typeType, null, []);
            field.TryAddArgument(new InputField("name", null, new NonNullType(stringType), null, null, []));
            TypeField = field;
        }
    }

    /// <summary>The meta fields of <paramref name="schema"/>, made once per schema.</summary>
    public static MetaFields For(Schema schema) => Cache.GetValue(schema, static s => new MetaFields(s));

    public OutputField TypeName { get; }

    public OutputField? SchemaField { get; }

    public OutputField? TypeField { get; }

    /// <summary>The definition of <paramref name="name"/> selected on <paramref name="parentType"/>, or null.</summary>
    public OutputField? GetFieldDef(INamedType parentType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__typename")
            {
                return parentType.IsCompositeType() ? TypeName : null;
            }

            if (ReferenceEquals(parentType, _schema.QueryType))
            {
                if (name == "__schema")
                {
                    return SchemaField;
                }

                if (name == "__type")
                {
                    return TypeField;
                }
            }
        }

        return parentType is ComplexType complex ? complex.GetField(name) : null;
    }
}

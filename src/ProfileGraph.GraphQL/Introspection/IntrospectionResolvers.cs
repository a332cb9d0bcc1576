using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Introspection;

/// <summary>
/// The resolvers of the introspection types (spec §4.2), as plain functions of the parent value, the coerced
/// arguments and the schema. Parents are <see cref="Schema"/>, <see cref="IType"/>, <see cref="OutputField"/>,
/// <see cref="InputField"/>, <see cref="EnumValue"/> and <see cref="DirectiveDefinition"/>; enum results are names.
/// </summary>
internal static class IntrospectionResolvers
{
    public delegate object? Resolver(object parent, IReadOnlyDictionary<string, object?> arguments, Schema schema);

    /// <summary>Every introspection field by schema coordinate.</summary>
    public static IReadOnlyDictionary<string, Resolver> All { get; } = new Dictionary<string, Resolver>(StringComparer.Ordinal)
    {
        ["Query.__schema"] = (_, _, schema) => schema,
        ["Query.__type"] = (_, args, schema) => args.GetValueOrDefault("name") is string name ? schema.GetType(name) : null,

        ["__Schema.description"] = (p, _, _) => ((Schema)p).Description,
        ["__Schema.types"] = (p, _, _) => ((Schema)p).Types.Values.ToArray(),
        ["__Schema.queryType"] = (p, _, _) => ((Schema)p).QueryType,
        ["__Schema.mutationType"] = (p, _, _) => ((Schema)p).MutationType,
        ["__Schema.subscriptionType"] = (p, _, _) => ((Schema)p).SubscriptionType,
        ["__Schema.directives"] = (p, _, _) => ((Schema)p).Directives,

        ["__Type.kind"] = (p, _, _) => KindName(((IType)p).Kind),
        ["__Type.name"] = (p, _, _) => (p as INamedType)?.Name,
        ["__Type.description"] = (p, _, _) => (p as INamedType)?.Description,
        ["__Type.fields"] = (p, args, _) => p is ComplexType complex
            ? complex.Fields.Values.Where(f => !f.IsIntrospection && (IncludeDeprecated(args) || !f.IsDeprecated)).ToArray()
            : null,
        ["__Type.interfaces"] = (p, _, _) => p is ComplexType complex ? complex.Interfaces : null,
        ["__Type.possibleTypes"] = (p, _, schema) => p is InterfaceType or UnionType ? schema.GetPossibleTypes((INamedType)p) : null,
        ["__Type.enumValues"] = (p, args, _) => p is EnumType enumType
            ? enumType.Values.Where(v => IncludeDeprecated(args) || !v.IsDeprecated).ToArray()
            : null,
        ["__Type.inputFields"] = (p, args, _) => p is InputObjectType inputObject
            ? inputObject.Fields.Values.Where(f => IncludeDeprecated(args) || !f.IsDeprecated).ToArray()
            : null,
        ["__Type.ofType"] = (p, _, _) => p switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        },
        ["__Type.specifiedByURL"] = (p, _, _) => (p as ScalarType)?.SpecifiedByUrl,
        ["__Type.isOneOf"] = (p, _, _) => p is InputObjectType inputObject ? inputObject.IsOneOf : null,

        ["__Field.name"] = (p, _, _) => ((OutputField)p).Name,
        ["__Field.description"] = (p, _, _) => ((OutputField)p).Description,
        ["__Field.args"] = (p, args, _) => Arguments(((OutputField)p).Arguments, args),
        ["__Field.type"] = (p, _, _) => ((OutputField)p).Type,
        ["__Field.isDeprecated"] = (p, _, _) => ((OutputField)p).IsDeprecated,
        ["__Field.deprecationReason"] = (p, _, _) => ((OutputField)p).DeprecationReason,

        ["__InputValue.name"] = (p, _, _) => ((InputField)p).Name,
        ["__InputValue.description"] = (p, _, _) => ((InputField)p).Description,
        ["__InputValue.type"] = (p, _, _) => ((InputField)p).Type,
        ["__InputValue.defaultValue"] = (p, _, _) => ((InputField)p).DefaultValue is { } value ? AstText.Print(value) : null,
        ["__InputValue.isDeprecated"] = (p, _, _) => ((InputField)p).IsDeprecated,
        ["__InputValue.deprecationReason"] = (p, _, _) => ((InputField)p).DeprecationReason,

        ["__EnumValue.name"] = (p, _, _) => ((EnumValue)p).Name,
        ["__EnumValue.description"] = (p, _, _) => ((EnumValue)p).Description,
        ["__EnumValue.isDeprecated"] = (p, _, _) => ((EnumValue)p).IsDeprecated,
        ["__EnumValue.deprecationReason"] = (p, _, _) => ((EnumValue)p).DeprecationReason,

        ["__Directive.name"] = (p, _, _) => ((DirectiveDefinition)p).Name,
        ["__Directive.description"] = (p, _, _) => ((DirectiveDefinition)p).Description,
        ["__Directive.isRepeatable"] = (p, _, _) => ((DirectiveDefinition)p).IsRepeatable,
        ["__Directive.locations"] = (p, _, _) => ((DirectiveDefinition)p).Locations.Select(l => LocationName(l)).ToArray(),
        ["__Directive.args"] = (p, args, _) => Arguments(((DirectiveDefinition)p).Arguments, args),
    };

    /// <summary>The <c>__TypeKind</c> value name of a kind.</summary>
    public static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        _ => "NON_NULL",
    };

    /// <summary>The <c>__DirectiveLocation</c> value name of a location.</summary>
    public static string LocationName(DirectiveLocation location) => LocationNames[(int)location];

    private static readonly string[] LocationNames =
        [.. Enum.GetValues<DirectiveLocation>().Select(l => EnumType.ToUpperSnakeCase(l.ToString()))];

    private static bool IncludeDeprecated(IReadOnlyDictionary<string, object?> arguments) =>
        arguments.GetValueOrDefault("includeDeprecated") is true;

    private static InputField[] Arguments(IReadOnlyDictionary<string, InputField> arguments, IReadOnlyDictionary<string, object?> args) =>
        arguments.Values.Where(a => IncludeDeprecated(args) || !a.IsDeprecated).ToArray();
}

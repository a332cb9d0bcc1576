using ProfileGraph.GraphQL.Introspection;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// Type-system validation (spec §3 "Type System" rules; graphql-js <c>validateSchema</c>): root types, names,
/// fields and arguments, interface implementations, unions, enums, input objects (including <c>@oneOf</c> and
/// non-null cycles), directive definitions, applied directives and default values.
/// </summary>
internal static partial class SchemaValidator
{
    /// <summary>Returns every problem found; empty when the schema is valid.</summary>
    public static IReadOnlyList<string> Validate(Schema schema)
    {
        var errors = new List<string>();
        ValidateRootTypes(schema, errors);
        ValidateDirectiveDefinitions(schema, errors);
        foreach (var type in schema.Types.Values)
        {
            if (IntrospectionSchema.IsIntrospectionType(type.Name))
            {
                continue;
            }

            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(schema, complex, errors);
                    ValidateInterfaces(schema, complex, errors);
                    break;
                case UnionType union:
                    if (union.Types.Count == 0)
                    {
                        errors.Add($"Union type {union.Name} must define one or more member types.");
                    }

                    break;
                case EnumType enumType:
                    ValidateEnum(enumType, errors);
                    break;
                case InputObjectType inputObject:
                    ValidateInputObject(inputObject, errors);
                    break;
            }
        }

        ValidateInputCycles(schema, errors);
        ValidateAppliedDirectives(schema, errors);
        return errors;
    }

    private static void ValidateRootTypes(Schema schema, List<string> errors)
    {
        var roots = new[] { ("query", schema.QueryType), ("mutation", schema.MutationType), ("subscription", schema.SubscriptionType) };
        foreach (var group in roots.Where(r => r.Item2 is not null).GroupBy(r => r.Item2!))
        {
            if (group.Count() > 1)
            {
                errors.Add($"All root types must be different, \"{group.Key.Name}\" type is used as {string.Join(" and ", group.Select(g => g.Item1))} root types.");
            }
        }
    }

    private static void ValidateDirectiveDefinitions(Schema schema, List<string> errors)
    {
        foreach (var directive in schema.Directives.Where(d => !d.IsBuiltIn))
        {
            ValidateName(directive.Name, "@" + directive.Name, errors);
            if (directive.Locations.Count == 0)
            {
                errors.Add($"Directive @{directive.Name} must include one or more locations.");
            }

            foreach (var argument in directive.Arguments.Values)
            {
                ValidateArgument($"@{directive.Name}({argument.Name}:)", argument, errors);
            }
        }
    }

    private static void ValidateArgument(string coordinate, InputField argument, List<string> errors)
    {
        ValidateName(argument.Name, coordinate, errors);
        if (!argument.Type.IsInputType())
        {
            errors.Add($"The type of {coordinate} must be Input Type but got: {argument.Type}.");
        }

        if (argument.IsDeprecated && argument.Type is NonNullType && !argument.HasDefaultValue)
        {
            errors.Add($"Required argument {coordinate} cannot be deprecated.");
        }
    }

    private static void ValidateName(string name, string coordinate, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{coordinate}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }
}

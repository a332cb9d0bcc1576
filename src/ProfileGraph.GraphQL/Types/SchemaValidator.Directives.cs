using ProfileGraph.GraphQL.Introspection;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types.Coercion;

namespace ProfileGraph.GraphQL.Types;

internal static partial class SchemaValidator
{
    /// <summary>
    /// Directives applied in the SDL must be defined, allowed where they appear, not repeated unless repeatable,
    /// and given valid arguments; default values must fit their types.
    /// </summary>
    private static void ValidateAppliedDirectives(Schema schema, List<string> errors)
    {
        Check(schema, "schema", DirectiveLocation.Schema, schema.AppliedDirectives, errors);
        foreach (var directive in schema.Directives.Where(d => !d.IsBuiltIn))
        {
            foreach (var argument in directive.Arguments.Values)
            {
                ValidateDefaultValue($"@{directive.Name}({argument.Name}:)", argument, errors);
            }
        }

        foreach (var type in schema.Types.Values.Where(t => !IntrospectionSchema.IsIntrospectionType(t.Name)))
        {
            switch (type)
            {
                case ComplexType complex:
                    Check(schema, type.Name, type is ObjectType ? DirectiveLocation.Object : DirectiveLocation.Interface, type.Directives, errors);
                    foreach (var field in complex.Fields.Values.Where(f => !f.IsMetaField))
                    {
                        Check(schema, field.Coordinate, DirectiveLocation.FieldDefinition, field.Directives, errors);
                        foreach (var argument in field.Arguments.Values)
                        {
                            var coordinate = $"{field.Coordinate}({argument.Name}:)";
                            Check(schema, coordinate, DirectiveLocation.ArgumentDefinition, argument.Directives, errors);
                            ValidateDefaultValue(coordinate, argument, errors);
                        }
                    }

                    break;
                case UnionType:
                    Check(schema, type.Name, DirectiveLocation.Union, type.Directives, errors);
                    break;
                case EnumType enumType:
                    Check(schema, type.Name, DirectiveLocation.Enum, type.Directives, errors);
                    foreach (var value in enumType.Values)
                    {
                        Check(schema, $"{type.Name}.{value.Name}", DirectiveLocation.EnumValue, value.Directives, errors);
                    }

                    break;
                case InputObjectType inputObject:
                    Check(schema, type.Name, DirectiveLocation.InputObject, type.Directives, errors);
                    foreach (var field in inputObject.Fields.Values)
                    {
                        var coordinate = $"{type.Name}.{field.Name}";
                        Check(schema, coordinate, DirectiveLocation.InputFieldDefinition, field.Directives, errors);
                        ValidateDefaultValue(coordinate, field, errors);
                    }

                    break;
                case ScalarType:
                    Check(schema, type.Name, DirectiveLocation.Scalar, type.Directives, errors);
                    break;
            }
        }
    }

    private static void Check(Schema schema, string coordinate, DirectiveLocation location, IReadOnlyList<DirectiveNode> applied, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in applied)
        {
            var name = node.Name.Value;
            var definition = schema.GetDirective(name);
            if (definition is null)
            {
                errors.Add($"Unknown directive \"@{name}\" on {coordinate}.");
                continue;
            }

            if (!definition.Locations.Contains(location))
            {
                errors.Add($"Directive \"@{name}\" may not be used on {IntrospectionResolvers.LocationName(location)} ({coordinate}).");
            }

            if (!seen.Add(name) && !definition.IsRepeatable)
            {
                errors.Add($"The directive \"@{name}\" can only be used once at {coordinate}.");
            }

            foreach (var argument in node.Arguments.Where(a => !definition.Arguments.ContainsKey(a.Name.Value)))
            {
                errors.Add($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\" at {coordinate}.");
            }

            try
            {
                ValueCoercion.CoerceArgumentValues(definition, node.Arguments, null, node);
            }
            catch (GraphQLException ex)
            {
                errors.Add($"Invalid \"@{name}\" at {coordinate}: {ex.Error.Message}");
            }
        }
    }
}

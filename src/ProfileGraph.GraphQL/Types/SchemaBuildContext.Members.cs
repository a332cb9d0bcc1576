using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

internal sealed partial class SchemaBuildContext
{
    private static readonly Dictionary<string, DirectiveLocation> LocationNames =
        Enum.GetValues<DirectiveLocation>().ToDictionary(l => EnumType.ToUpperSnakeCase(l.ToString()), StringComparer.Ordinal);

    private void FillMembers(ITypeDefinitionNode definition)
    {
        var type = _types[definition.Name.Value];
        var nodes = new List<ISyntaxNode> { definition };
        if (_extensions.TryGetValue(definition.Name.Value, out var extensions))
        {
            nodes.AddRange(extensions.Where(e => ExtensionMatches(definition, e)));
        }

        switch (type)
        {
            case ComplexType complex:
                complex.AddDirectives(nodes.SelectMany(DirectivesOf));
                foreach (var node in nodes)
                {
                    var (interfaces, fields) = node switch
                    {
                        ObjectTypeDefinitionNode n => (n.Interfaces, n.Fields),
                        ObjectTypeExtensionNode n => (n.Interfaces, n.Fields),
                        InterfaceTypeDefinitionNode n => (n.Interfaces, n.Fields),
                        InterfaceTypeExtensionNode n => (n.Interfaces, n.Fields),
                        _ => ((IReadOnlyList<NamedTypeNode>)[], (IReadOnlyList<FieldDefinitionNode>)[]),
                    };
                    AddInterfaces(complex, interfaces);
                    foreach (var field in fields)
                    {
                        AddField(complex, field);
                    }
                }

                break;
            case UnionType union:
                union.AddDirectives(nodes.SelectMany(DirectivesOf));
                foreach (var member in nodes.SelectMany(n => n switch
                {
                    UnionTypeDefinitionNode u => u.Types,
                    UnionTypeExtensionNode u => u.Types,
                    _ => [],
                }))
                {
                    switch (LookupType(member.Name.Value))
                    {
                        case ObjectType objectType when !union.Types.Contains(objectType):
                            union.AddType(objectType);
                            break;
                        case ObjectType:
                            _errors.Add($"Union type {union.Name} can only include type {member.Name.Value} once.");
                            break;
                        case null:
                            _errors.Add($"Unknown type \"{member.Name.Value}\" in union \"{union.Name}\".");
                            break;
                        default:
                            _errors.Add($"Union type {union.Name} can only include Object types, it cannot include {member.Name.Value}.");
                            break;
                    }
                }

                break;
            case EnumType enumType:
                enumType.AddDirectives(nodes.SelectMany(DirectivesOf));
                foreach (var value in nodes.SelectMany(n => n switch
                {
                    EnumTypeDefinitionNode e => e.Values,
                    EnumTypeExtensionNode e => e.Values,
                    _ => [],
                }))
                {
                    var enumValue = new EnumValue(value.Name.Value, value.Description?.Value, DeprecationReason(value.Directives), value.Directives);
                    if (!enumType.TryAddValue(enumValue))
                    {
                        _errors.Add($"Enum value \"{enumType.Name}.{value.Name.Value}\" can only be defined once.");
                    }
                }

                break;
            case InputObjectType inputObject:
                var directives = nodes.SelectMany(DirectivesOf).ToArray();
                inputObject.AddDirectives(directives);
                inputObject.IsOneOf = directives.Any(d => d.Name.Value == "oneOf");
                foreach (var field in nodes.SelectMany(n => n switch
                {
                    InputObjectTypeDefinitionNode i => i.Fields,
                    InputObjectTypeExtensionNode i => i.Fields,
                    _ => [],
                }))
                {
                    if (CreateInputValue(field, $"{inputObject.Name}.{field.Name.Value}") is { } inputField
                        && !inputObject.TryAddField(inputField))
                    {
                        _errors.Add($"Field \"{inputObject.Name}.{field.Name.Value}\" can only be defined once.");
                    }
                }

                break;
            case ScalarType scalar when extensions is { Count: > 0 } && scalar is not (Scalars.CustomScalarType or Scalars.DeclaredScalarType):
                // Applied directives on extensions of implemented scalars are not kept: the instance may be shared.
                break;
            case ScalarType scalar:
                scalar.SetDirectives([.. nodes.SelectMany(DirectivesOf)], null);
                break;
        }
    }

    private void AddInterfaces(ComplexType type, IReadOnlyList<NamedTypeNode> interfaces)
    {
        foreach (var reference in interfaces)
        {
            switch (LookupType(reference.Name.Value))
            {
                case InterfaceType iface when !type.Implements(iface):
                    type.AddInterface(iface);
                    break;
                case InterfaceType:
                    _errors.Add($"Type {type.Name} can only implement {reference.Name.Value} once.");
                    break;
                case null:
                    _errors.Add($"Unknown type \"{reference.Name.Value}\" in the interfaces of \"{type.Name}\".");
                    break;
                default:
                    _errors.Add($"Type {type.Name} must only implement Interface types, it cannot implement {reference.Name.Value}.");
                    break;
            }
        }
    }

    private void AddField(ComplexType type, FieldDefinitionNode node)
    {
        var coordinate = $"{type.Name}.{node.Name.Value}";
        var fieldType = TypeFromNode(node.Type, coordinate);
        if (fieldType is null)
        {
            return;
        }

        var field = new OutputField(type, node.Name.Value, node.Description?.Value, fieldType, DeprecationReason(node.Directives), node.Directives);
        foreach (var argument in node.Arguments)
        {
            if (CreateInputValue(argument, $"{coordinate}({argument.Name.Value}:)") is { } inputValue
                && !field.TryAddArgument(inputValue))
            {
                _errors.Add($"Argument \"{coordinate}({argument.Name.Value}:)\" can only be defined once.");
            }
        }

        if (!type.TryAddField(field))
        {
            _errors.Add($"Field \"{coordinate}\" can only be defined once.");
        }
    }

    private InputField? CreateInputValue(InputValueDefinitionNode node, string coordinate)
    {
        var type = TypeFromNode(node.Type, coordinate);
        return type is null
            ? null
            : new InputField(node.Name.Value, node.Description?.Value, type, node.DefaultValue, DeprecationReason(node.Directives), node.Directives);
    }

    private IType? TypeFromNode(ITypeNode node, string coordinate)
    {
        switch (node)
        {
            case NonNullTypeNode nonNull:
                return TypeFromNode(nonNull.Type, coordinate) is { } inner ? new NonNullType(inner) : null;
            case ListTypeNode list:
                return TypeFromNode(list.Type, coordinate) is { } item ? new ListType(item) : null;
            case NamedTypeNode named:
                var type = LookupType(named.Name.Value);
                if (type is null)
                {
                    _errors.Add($"Unknown type \"{named.Name.Value}\" referenced by \"{coordinate}\".");
                }

                return type;
            default:
                return null;
        }
    }

    private OrderedDictionary<string, DirectiveDefinition> CreateDirectives()
    {
        var directives = new OrderedDictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var (name, node) in _directiveNodes)
        {
            var locations = new List<DirectiveLocation>();
            foreach (var location in node.Locations)
            {
                if (LocationNames.TryGetValue(location.Value, out var parsed))
                {
                    locations.Add(parsed);
                }
                else
                {
                    _errors.Add($"Unknown directive location \"{location.Value}\" on \"@{name}\".");
                }
            }

            var directive = new DirectiveDefinition(name, node.Description?.Value, locations, node.Repeatable)
            {
                IsBuiltIn = BuiltInDefinitions.DirectiveNames.Contains(name),
            };
            foreach (var argument in node.Arguments)
            {
                if (CreateInputValue(argument, $"@{name}({argument.Name.Value}:)") is { } inputValue
                    && !directive.TryAddArgument(inputValue))
                {
                    _errors.Add($"Argument \"@{name}({argument.Name.Value}:)\" can only be defined once.");
                }
            }

            directives[name] = directive;
        }

        return directives;
    }

    private void AddMetaFields(ObjectType query)
    {
        var schemaType = (ObjectType)_types["__Schema"];
        var typeType = (ObjectType)_types["__Type"];
        var stringType = _types["String"];
        query.TryAddField(new OutputField(query, "__schema", "Access the current type schema of this server.", new NonNullType(schemaType), null, []) { IsMetaField = true });
        var typeField = new OutputField(query, "__type", "Request the type information of a single type.", typeType, null, []) { IsMetaField = true };
        typeField.TryAddArgument(new InputField("name", null, new NonNullType(stringType), null, null, []));
        query.TryAddField(typeField);
    }

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        return deprecated is null ? null : StringArgument(deprecated, "reason") ?? BuiltInDefinitions.DefaultDeprecationReason;
    }

    private static IEnumerable<DirectiveNode> DirectivesOf(ISyntaxNode node) => node switch
    {
        ITypeDefinitionNode definition => definition.Directives,
        ITypeSystemExtensionNode extension => extension.Directives,
        _ => [],
    };

    private static bool ExtensionMatches(ITypeDefinitionNode definition, ITypeExtensionNode extension) => (definition, extension) switch
    {
        (ObjectTypeDefinitionNode, ObjectTypeExtensionNode) => true,
        (InterfaceTypeDefinitionNode, InterfaceTypeExtensionNode) => true,
        (UnionTypeDefinitionNode, UnionTypeExtensionNode) => true,
        (EnumTypeDefinitionNode, EnumTypeExtensionNode) => true,
        (InputObjectTypeDefinitionNode, InputObjectTypeExtensionNode) => true,
        (ScalarTypeDefinitionNode, ScalarTypeExtensionNode) => true,
        _ => false,
    };

    private static string KindName(ITypeExtensionNode extension) => extension switch
    {
        ObjectTypeExtensionNode => "object",
        InterfaceTypeExtensionNode => "interface",
        UnionTypeExtensionNode => "union",
        EnumTypeExtensionNode => "enum",
        InputObjectTypeExtensionNode => "input object",
        _ => "scalar",
    };
}

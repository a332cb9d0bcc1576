using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types.Scalars;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// One run of <see cref="SchemaBuilder.Build"/>: collects definitions and extensions from the documents, creates the
/// named types, then fills their members. Problems go to the shared error list.
/// </summary>
internal sealed partial class SchemaBuildContext
{
    private readonly List<string> _errors;
    private readonly IReadOnlyDictionary<string, ScalarType> _registeredScalars;
    private readonly OrderedDictionary<string, ITypeDefinitionNode> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ITypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<string, DirectiveDefinitionNode> _directiveNodes = new(StringComparer.Ordinal);
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly OrderedDictionary<string, INamedType> _types = new(StringComparer.Ordinal);
    private SchemaDefinitionNode? _schemaDefinition;

    public SchemaBuildContext(List<string> errors, IReadOnlyDictionary<string, ScalarType> registeredScalars)
    {
        _errors = errors;
        _registeredScalars = registeredScalars;
    }

    /// <summary>Gathers the definitions of the user documents, after the built-in and introspection ones.</summary>
    public void Collect(IReadOnlyList<DocumentNode> documents)
    {
        CollectDocument(Parser.Parse(BuiltInDefinitions.Directives, ParserOptions.Trusted), builtIn: true);
        CollectDocument(Parser.Parse(Introspection.IntrospectionSchema.Sdl, ParserOptions.Trusted), builtIn: true);
        foreach (var document in documents)
        {
            CollectDocument(document, builtIn: false);
        }
    }

    /// <summary>Creates the schema, or returns null when problems prevent it.</summary>
    public Schema? Build()
    {
        CreateNamedTypes();
        foreach (var (name, extensions) in _extensions)
        {
            if (!_definitions.ContainsKey(name) && !BuiltInScalars.IsSpecified(name))
            {
                _errors.Add($"Cannot extend type \"{name}\" because it is not defined.");
            }
            else if (_definitions.TryGetValue(name, out var definition))
            {
                foreach (var extension in extensions.Where(e => !ExtensionMatches(definition, e)))
                {
                    _errors.Add($"Cannot extend non-{KindName(extension)} type \"{name}\".");
                }
            }
        }

        foreach (var definition in _definitions.Values.ToArray())
        {
            FillMembers(definition);
        }

        var directives = CreateDirectives();
        var (query, mutation, subscription) = ResolveRootTypes();
        if (query is null)
        {
            return null;
        }

        AddMetaFields(query);
        return new Schema(
            query,
            mutation,
            subscription,
            _schemaDefinition?.Description?.Value,
            [.. (_schemaDefinition?.Directives ?? []), .. _schemaExtensions.SelectMany(e => e.Directives)],
            _types,
            directives);
    }

    private void CollectDocument(DocumentNode document, bool builtIn)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schemaDefinition:
                    if (_schemaDefinition is not null)
                    {
                        _errors.Add("Must provide only one schema definition.");
                    }

                    _schemaDefinition ??= schemaDefinition;
                    break;
                case SchemaExtensionNode schemaExtension:
                    _schemaExtensions.Add(schemaExtension);
                    break;
                case ITypeDefinitionNode typeDefinition:
                    CollectType(typeDefinition, builtIn);
                    break;
                case ITypeExtensionNode typeExtension:
                    if (!_extensions.TryGetValue(typeExtension.Name.Value, out var list))
                    {
                        _extensions[typeExtension.Name.Value] = list = [];
                    }

                    list.Add(typeExtension);
                    break;
                case DirectiveDefinitionNode directive:
                    if (!builtIn && BuiltInDefinitions.DirectiveNames.Contains(directive.Name.Value))
                    {
                        // A re-declaration of a built-in directive (common in SDL exported by other tools) is ignored.
                        break;
                    }

                    if (!_directiveNodes.TryAdd(directive.Name.Value, directive))
                    {
                        _errors.Add($"There can be only one directive named \"@{directive.Name.Value}\".");
                    }

                    break;
                default:
                    _errors.Add($"A schema document cannot contain executable definitions ({definition.Kind}).");
                    break;
            }
        }
    }

    private void CollectType(ITypeDefinitionNode definition, bool builtIn)
    {
        var name = definition.Name.Value;
        if (BuiltInScalars.IsSpecified(name))
        {
            if (definition is not ScalarTypeDefinitionNode)
            {
                _errors.Add($"Type \"{name}\" is a built-in scalar and cannot be redefined.");
            }

            return;
        }

        if (!builtIn && name.StartsWith("__", StringComparison.Ordinal))
        {
            _errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
            return;
        }

        if (!_definitions.TryAdd(name, definition))
        {
            _errors.Add($"There can be only one type named \"{name}\".");
        }
    }

    private void CreateNamedTypes()
    {
        foreach (var scalar in BuiltInScalars.Specified)
        {
            _types[scalar.Name] = scalar;
        }

        foreach (var (name, definition) in _definitions)
        {
            var description = definition.Description?.Value;
            _types[name] = definition switch
            {
                ObjectTypeDefinitionNode => new ObjectType(name, description),
                InterfaceTypeDefinitionNode => new InterfaceType(name, description),
                UnionTypeDefinitionNode => new UnionType(name, description),
                EnumTypeDefinitionNode => new EnumType(name, description),
                InputObjectTypeDefinitionNode => new InputObjectType(name, description),
                _ => CreateScalar((ScalarTypeDefinitionNode)definition),
            };
        }
    }

    private ScalarType CreateScalar(ScalarTypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        var directives = DirectivesOf(definition).ToArray();
        var specifiedBy = directives.FirstOrDefault(d => d.Name.Value == "specifiedBy") is { } applied
            ? StringArgument(applied, "url")
            : null;
        if (_registeredScalars.TryGetValue(name, out var registered))
        {
            registered.SetDirectives(directives, specifiedBy);
            return registered;
        }

        // HotChocolate's extra scalars keep their coercion; what the SDL says about them goes on a copy of their
        // own, since the built-in instances are shared by every schema.
        var extra = BuiltInScalars.Extra.FirstOrDefault(s => s.Name == name);
        if (extra is not null)
        {
            if (definition.Description is null && directives.Length == 0)
            {
                return extra;
            }

            var declared = new DeclaredScalarType(extra, definition.Description?.Value, specifiedBy);
            declared.SetDirectives(directives, null);
            return declared;
        }

        var custom = new CustomScalarType(name, definition.Description?.Value, specifiedBy);
        custom.SetDirectives(directives, null);
        return custom;
    }

    /// <summary>Finds a named type referenced by SDL; adds a registered or extra scalar on first use.</summary>
    private INamedType? LookupType(string name)
    {
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        var scalar = _registeredScalars.GetValueOrDefault(name) ?? BuiltInScalars.Extra.FirstOrDefault(s => s.Name == name);
        if (scalar is not null)
        {
            _types[name] = scalar;
            return scalar;
        }

        return null;
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) ResolveRootTypes()
    {
        var operationTypes = (_schemaDefinition?.OperationTypes ?? [])
            .Concat(_schemaExtensions.SelectMany(e => e.OperationTypes))
            .ToArray();
        ObjectType? Root(OperationType operation, string defaultName)
        {
            var declared = operationTypes.Where(o => o.Operation == operation).ToArray();
            if (declared.Length > 1)
            {
                _errors.Add($"There can be only one {operation.ToString().ToLowerInvariant()} type in schema.");
            }

            if (declared.Length == 0)
            {
                return _schemaDefinition is null ? _types.GetValueOrDefault(defaultName) as ObjectType : null;
            }

            var name = declared[0].Type.Name.Value;
            var type = LookupType(name);
            if (type is ObjectType objectType)
            {
                return objectType;
            }

            _errors.Add(type is null
                ? $"Unknown type \"{name}\" for the {operation.ToString().ToLowerInvariant()} root."
                : $"{operation} root type must be Object type, it cannot be {name}.");
            return null;
        }

        var query = Root(OperationType.Query, "Query");
        var mutation = Root(OperationType.Mutation, "Mutation");
        var subscription = Root(OperationType.Subscription, "Subscription");
        if (query is null && !_errors.Any(e => e.Contains("query root", StringComparison.Ordinal) || e.Contains("Query root", StringComparison.Ordinal)))
        {
            _errors.Add("Query root type must be provided.");
        }

        return (query, mutation, subscription);
    }

    private static string? StringArgument(DirectiveNode directive, string argument) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == argument)?.Value is StringValueNode s ? s.Value : null;
}

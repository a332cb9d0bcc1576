using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL documents (schema-first): types and their extensions, directive
/// definitions, the built-in scalars and directives, the introspection types, resolvers bound by schema coordinate
/// and abstract type resolvers. <see cref="Build"/> validates the result (spec §3).
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<(string Name, string Sdl)> _documents = [];
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly List<(string Coordinate, FieldResolver Resolver)> _resolvers = [];
    private readonly List<(string TypeName, Func<object, ObjectType?> Resolver)> _typeResolvers = [];

    /// <summary>Starts a builder from SDL texts.</summary>
    public static SchemaBuilder FromSdl(params string[] sdlDocuments)
    {
        var builder = new SchemaBuilder();
        foreach (var sdl in sdlDocuments)
        {
            builder.AddSdl(sdl);
        }

        return builder;
    }

    /// <summary>Adds an SDL text.</summary>
    public SchemaBuilder AddSdl(string sdl, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        _documents.Add((sourceName ?? $"document {_documents.Count + 1}", sdl));
        return this;
    }

    /// <summary>Adds the SDL in a <c>*.graphql</c> file.</summary>
    public SchemaBuilder AddSdlFile(string path) => AddSdl(File.ReadAllText(path), System.IO.Path.GetFileName(path));

    /// <summary>Adds every <c>*.graphql</c> file of a directory and its subdirectories, in ordinal path order.</summary>
    public SchemaBuilder AddSdlDirectory(string directory)
    {
        foreach (var file in Directory.GetFiles(directory, "*.graphql", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            AddSdlFile(file);
        }

        return this;
    }

    /// <summary>
    /// Registers a scalar implementation; an SDL <c>scalar</c> of the same name uses it. Built-in scalars can be
    /// replaced this way, except the five of the specification.
    /// </summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Binds a resolver to the field at a schema coordinate, <c>Type.field</c>.</summary>
    public SchemaBuilder AddResolver(string coordinate, FieldResolver resolver)
    {
        ArgumentException.ThrowIfNullOrEmpty(coordinate);
        ArgumentNullException.ThrowIfNull(resolver);
        _resolvers.Add((coordinate, resolver));
        return this;
    }

    /// <summary>Registers how to find the object type of runtime values of an interface or union.</summary>
    public SchemaBuilder AddTypeResolver(string abstractTypeName, Func<object, ObjectType?> resolver)
    {
        ArgumentException.ThrowIfNullOrEmpty(abstractTypeName);
        ArgumentNullException.ThrowIfNull(resolver);
        _typeResolvers.Add((abstractTypeName, resolver));
        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    /// <exception cref="SchemaException">The SDL is not a valid schema; lists every problem found.</exception>
    public Schema Build()
    {
        var errors = new List<string>();
        var documents = new List<DocumentNode>();
        foreach (var (name, sdl) in _documents)
        {
            try
            {
                documents.Add(Parser.Parse(sdl, ParserOptions.Trusted));
            }
            catch (GraphQLSyntaxException ex)
            {
                var at = ex.Error.Locations is [var location, ..] ? $" ({location.Line}:{location.Column})" : string.Empty;
                errors.Add($"Syntax error in {name}{at}: {ex.Error.Message}");
            }
        }

        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }

        var context = new SchemaBuildContext(errors, _scalars);
        context.Collect(documents);
        var schema = context.Build();
        if (schema is null || errors.Count > 0)
        {
            throw new SchemaException(errors);
        }

        BindResolvers(schema, errors);
        errors.AddRange(SchemaValidator.Validate(schema));
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }

        return schema;
    }

    private void BindResolvers(Schema schema, List<string> errors)
    {
        Introspection.IntrospectionFields.Bind(schema);
        foreach (var (coordinate, resolver) in _resolvers)
        {
            var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
            var field = dot > 0 && schema.GetType(coordinate[..dot]) is ComplexType type
                ? type.GetField(coordinate[(dot + 1)..])
                : null;
            if (field is null || field.IsIntrospection)
            {
                errors.Add($"Cannot bind a resolver to \"{coordinate}\": the schema has no such field.");
                continue;
            }

            field.Resolver = resolver;
        }

        foreach (var (typeName, resolver) in _typeResolvers)
        {
            switch (schema.GetType(typeName))
            {
                case InterfaceType iface:
                    iface.TypeResolver = resolver;
                    break;
                case UnionType union:
                    union.TypeResolver = resolver;
                    break;
                default:
                    errors.Add($"Cannot register a type resolver for \"{typeName}\": it is not an interface or union type.");
                    break;
            }
        }
    }
}

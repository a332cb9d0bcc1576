using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.Profiles.Properties;

/// <summary>
/// The custom properties a deployment declares in <c>schema/properties.graphql</c> as the fields of
/// <c>type ProfileProperties</c>. Writes are type-checked against them and the filter and sort inputs
/// of <c>ProfileProperties</c> are derived from them.
/// </summary>
public sealed class PropertyDeclarations
{
    /// <summary>The name of the declaring object type.</summary>
    public const string TypeName = "ProfileProperties";

    /// <summary>
    /// The directive that asks the store to index a declared property (<c>vipLevel: Int @index</c>). It is a note to
    /// the store, not part of the served schema: <see cref="Schema.ProfileSdl"/> removes it, and its definition, from
    /// what the server serves. An index speeds filters and sorts on the property and costs every write that changes it
    /// (on PostgreSQL, such a write can no longer update the row in place), so counters are better left without one.
    /// </summary>
    public const string IndexDirective = "index";

    private readonly Dictionary<string, PropertyDeclaration> _byName;

    /// <summary>Creates the set; throws <see cref="ArgumentException"/> on a duplicate or invalid name.</summary>
    public PropertyDeclarations(IEnumerable<PropertyDeclaration> declarations)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        var list = new List<PropertyDeclaration>();
        _byName = new Dictionary<string, PropertyDeclaration>(StringComparer.Ordinal);
        foreach (var declaration in declarations)
        {
            if (!Rules.PropertyNameRule.IsValid(declaration.Name))
            {
                throw new ArgumentException($"'{declaration.Name}' is not a valid custom property name.", nameof(declarations));
            }

            if (!_byName.TryAdd(declaration.Name, declaration))
            {
                throw new ArgumentException($"The property '{declaration.Name}' is declared twice.", nameof(declarations));
            }

            list.Add(declaration);
        }

        All = list;
    }

    /// <summary>No declared properties.</summary>
    public static PropertyDeclarations Empty { get; } = new([]);

    /// <summary>The declarations in the order they are declared.</summary>
    public IReadOnlyList<PropertyDeclaration> All { get; }

    /// <summary>The declaration of <paramref name="name"/>, or null when it is not declared.</summary>
    public PropertyDeclaration? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// Reads the declarations from SDL text (the content of <c>schema/properties.graphql</c>).
    /// Throws <see cref="FormatException"/> when the text is not valid or declares something unsupported.
    /// </summary>
    public static PropertyDeclarations FromSdl(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        DocumentNode document;
        try
        {
            document = Parser.Parse(sdl);
        }
        catch (GraphQL.GraphQLSyntaxException e)
        {
            throw new FormatException("The property declaration file is not valid GraphQL: " + e.Message, e);
        }

        return FromDocument(document);
    }

    /// <summary>
    /// Reads the declarations from the <c>ProfileProperties</c> object type of a parsed SDL document.
    /// Throws <see cref="FormatException"/> naming every field whose type is not a declarable one.
    /// </summary>
    public static PropertyDeclarations FromDocument(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var type = document.Definitions.OfType<ObjectTypeDefinitionNode>().FirstOrDefault(t => t.Name.Value == TypeName)
            ?? throw new FormatException($"The declaration file defines no 'type {TypeName}'.");
        return FromTypeDefinition(type);
    }

    /// <summary>Reads the declarations from a <c>type ProfileProperties { … }</c> definition.</summary>
    public static PropertyDeclarations FromTypeDefinition(ObjectTypeDefinitionNode type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var problems = new List<string>();
        var declarations = new List<PropertyDeclaration>();
        foreach (var field in type.Fields)
        {
            var index = field.Directives.Where(d => d.Name.Value == IndexDirective).ToList();
            if (field.Arguments.Count > 0)
            {
                problems.Add($"{field.Name.Value}: a declared property takes no arguments.");
            }
            else if (index.Count > 1 || index.Any(d => d.Arguments.Count > 0))
            {
                problems.Add($"{field.Name.Value}: @{IndexDirective} is given at most once and takes no arguments.");
            }
            else if (PropertyTypeReader.TryRead(field.Type, out var scalar, out var isList))
            {
                declarations.Add(new PropertyDeclaration(field.Name.Value, scalar, isList, IsIndexed: index.Count == 1));
            }
            else
            {
                problems.Add($"{field.Name.Value}: the type must be a nullable Int, Long, Float, String, Boolean or DateTime, or a list of one of them.");
            }
        }

        if (problems.Count > 0)
        {
            throw new FormatException($"Invalid declaration of {TypeName}: " + string.Join(" ", problems));
        }

        try
        {
            return new PropertyDeclarations(declarations);
        }
        catch (ArgumentException e)
        {
            throw new FormatException(e.Message, e);
        }
    }
}

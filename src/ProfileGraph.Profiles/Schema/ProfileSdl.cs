using ProfileGraph.GraphQL.Language;
using ProfileGraph.Profiles.Properties;

namespace ProfileGraph.Profiles.Schema;

/// <summary>
/// The served SDL: <c>schema/profile.graphql</c> (the contract), <c>schema/properties.graphql</c> (the
/// declared custom properties, the one file a deployment edits) and the inputs derived from the declaration.
/// </summary>
public sealed class ProfileSdl
{
    /// <summary>The contract file name.</summary>
    public const string ContractFile = "profile.graphql";

    /// <summary>The declaration file name.</summary>
    public const string PropertiesFile = "properties.graphql";

    private ProfileSdl(string contract, string properties, string generated, PropertyDeclarations declarations)
    {
        Contract = contract;
        Properties = properties;
        Generated = generated;
        Declarations = declarations;
    }

    /// <summary>The text of <c>profile.graphql</c>.</summary>
    public string Contract { get; }

    /// <summary>The served part of <c>properties.graphql</c>: the file without the store's <c>@index</c> notes.</summary>
    public string Properties { get; }

    /// <summary>The SDL derived from the declaration (filter and sort inputs of the declared properties).</summary>
    public string Generated { get; }

    /// <summary>The declared custom properties.</summary>
    public PropertyDeclarations Declarations { get; }

    /// <summary>Every SDL document of the schema, in build order.</summary>
    public IReadOnlyList<string> Documents => [Contract, Properties, Generated];

    /// <summary>Reads both files from <paramref name="schemaDirectory"/>.</summary>
    public static ProfileSdl Load(string schemaDirectory) =>
        FromText(File.ReadAllText(System.IO.Path.Combine(schemaDirectory, ContractFile)),
            File.ReadAllText(System.IO.Path.Combine(schemaDirectory, PropertiesFile)));

    /// <summary>Builds the SDL set from the two texts; throws <see cref="FormatException"/> on a bad declaration.</summary>
    public static ProfileSdl FromText(string contract, string properties)
    {
        var declarations = PropertyDeclarations.FromSdl(properties);
        var defined = Parser.Parse(contract).Definitions.OfType<ITypeDefinitionNode>().Select(d => d.Name.Value).ToHashSet(StringComparer.Ordinal);
        var generated = PropertyInputsSdl.Generate(declarations, defined);
        return new ProfileSdl(contract, WithoutStoreNotes(properties), generated, declarations);
    }

    /// <summary>
    /// The declaration file as served: <c>@index</c> on the declared fields and the definition of <c>@index</c> are
    /// notes to the store (<see cref="PropertyDeclarations.IndexDirective"/>) and leave; a file without them is kept as written.
    /// </summary>
    private static string WithoutStoreNotes(string properties)
    {
        static bool IsIndex(DirectiveNode d) => d.Name.Value == PropertyDeclarations.IndexDirective;
        var noted = false;
        var definitions = new List<IDefinitionNode>();
        foreach (var definition in Parser.Parse(properties).Definitions)
        {
            switch (definition)
            {
                case DirectiveDefinitionNode { Name.Value: PropertyDeclarations.IndexDirective }:
                    noted = true;
                    break;
                case ObjectTypeDefinitionNode type when type.Fields.Any(f => f.Directives.Any(IsIndex)):
                    noted = true;
                    var fields = type.Fields.Select(f => new FieldDefinitionNode(f.Description, f.Name, f.Arguments, f.Type, [.. f.Directives.Where(d => !IsIndex(d))])).ToList();
                    definitions.Add(new ObjectTypeDefinitionNode(type.Description, type.Name, type.Interfaces, type.Directives, fields));
                    break;
                default:
                    definitions.Add(definition);
                    break;
            }
        }

        return noted ? Printer.Print(new DocumentNode(definitions)) : properties;
    }

    /// <summary>Finds <c>schema/</c> from the working directory or the application folder upwards.</summary>
    public static string FindSchemaDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "schema");
                if (File.Exists(System.IO.Path.Combine(candidate, ContractFile)))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"No schema/{ContractFile} found above {Directory.GetCurrentDirectory()}.");
    }
}

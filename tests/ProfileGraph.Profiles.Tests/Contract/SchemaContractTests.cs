using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Profiles.Schema;
using ProfileGraph.Profiles.Tests.Resolvers;

namespace ProfileGraph.Profiles.Tests.Contract;

/// <summary>
/// The served schema must not drift from <c>schema/</c>: every definition the server prints equals the one
/// in the checked-in files (or, for the declared properties' inputs, the one derived from properties.graphql).
/// </summary>
public sealed class SchemaContractTests : IAsyncLifetime
{
    private readonly ProfileApi _api = new();

    public Task InitializeAsync() => _api.InitializeAsync();

    public Task DisposeAsync() => _api.DisposeAsync();

    private static Dictionary<string, string> Definitions(params string[] documents) =>
        documents.SelectMany(d => Parser.Parse(d).Definitions)
            .Select(d => d switch
            {
                ITypeDefinitionNode type => ("type " + type.Name.Value, Printer.Print(d)),
                DirectiveDefinitionNode directive => ("directive @" + directive.Name.Value, Printer.Print(d)),
                _ => ("schema", Printer.Print(d)),
            })
            .Where(d => d.Item1 != "schema")
            .ToDictionary(d => d.Item1, d => d.Item2, StringComparer.Ordinal);

    [Fact]
    public void The_printed_schema_equals_the_schema_files()
    {
        var sdl = ProfileSdl.Load(SchemaFiles.Directory);
        var expected = Definitions([.. sdl.Documents]);
        var printed = Definitions(SchemaPrinter.Print(_api.Executor.Schema));

        var builtIns = new HashSet<string>(["directive @specifiedBy", "directive @skip", "directive @include", "directive @deprecated", "directive @oneOf"]);
        var drift = expected.Keys.Union(printed.Keys)
            .Where(name => !builtIns.Contains(name))
            .Where(name => expected.GetValueOrDefault(name) != printed.GetValueOrDefault(name))
            .Select(name => $"{name}:\n  file:    {expected.GetValueOrDefault(name)}\n  printed: {printed.GetValueOrDefault(name)}")
            .ToList();
        Assert.True(drift.Count == 0, "Schema drift:\n" + string.Join("\n", drift));
    }

    [Fact]
    public void The_store_notes_of_the_declaration_file_are_not_served()
    {
        Assert.Contains("@index", SchemaFiles.Read("properties.graphql"), StringComparison.Ordinal);
        var printed = SchemaPrinter.Print(_api.Executor.Schema);
        Assert.DoesNotContain("@index", printed, StringComparison.Ordinal);
        Assert.Contains("vipLevel: Int", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_properties_become_typed_filterable_and_sortable_fields()
    {
        var schema = _api.Executor.Schema;
        Assert.Equal("Int", ((ObjectType)schema.GetType("ProfileProperties")!).Fields["vipLevel"].Type.NamedType().Name);
        Assert.Equal("ListStringOperationFilterInput", ((InputObjectType)schema.GetType("ProfilePropertiesFilterInput")!).Fields["hobby"].Type.NamedType().Name);
        var sort = (InputObjectType)schema.GetType("ProfilePropertiesSortInput")!;
        Assert.Contains("registerTime", sort.Fields.Keys);
        Assert.DoesNotContain("hobby", sort.Fields.Keys);
    }

    [Fact]
    public void A_deployment_declares_a_new_property_by_editing_only_the_declaration_file()
    {
        var properties = SchemaFiles.Read("properties.graphql").Replace("  points: Int", "  points: Int\n  score: Float\n  tags: [Long!] @index", StringComparison.Ordinal);
        var sdl = ProfileSdl.FromText(SchemaFiles.Read("profile.graphql"), properties);
        var schema = ProfileSchema.Create(_api.Store, new ProfileOptions(), sdl);

        var filter = (InputObjectType)schema.GetType("ProfilePropertiesFilterInput")!;
        Assert.Equal("FloatOperationFilterInput", filter.Fields["score"].Type.NamedType().Name);
        Assert.Equal("ListLongOperationFilterInput", filter.Fields["tags"].Type.NamedType().Name);
        Assert.Contains("score", ((InputObjectType)schema.GetType("ProfilePropertiesSortInput")!).Fields.Keys);
    }
}

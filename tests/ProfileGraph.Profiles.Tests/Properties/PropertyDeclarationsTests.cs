using ProfileGraph.GraphQL.Language;
using ProfileGraph.Profiles.Properties;

namespace ProfileGraph.Profiles.Tests.Properties;

public sealed class PropertyDeclarationsTests
{
    private static ITypeNode Named(string name) => new NamedTypeNode(new NameNode(name));

    private static ObjectTypeDefinitionNode Type(params (string Name, ITypeNode Type)[] fields) =>
        new(null, new NameNode(PropertyDeclarations.TypeName), [], [],
            fields.Select(f => new FieldDefinitionNode(null, new NameNode(f.Name), [], f.Type, [])).ToList());

    [Fact]
    public void Scalars_and_lists_are_read_in_declaration_order()
    {
        var declarations = PropertyDeclarations.FromTypeDefinition(Type(
            ("vipLevel", Named("Int")),
            ("hobby", new ListTypeNode(new NonNullTypeNode(Named("String")))),
            ("registerTime", Named("DateTime")),
            ("tags", new ListTypeNode(Named("Long")))));

        Assert.Equal(
            [new("vipLevel", PropertyScalar.Int, false), new("hobby", PropertyScalar.String, true), new("registerTime", PropertyScalar.DateTime, false), new PropertyDeclaration("tags", PropertyScalar.Long, true)],
            declarations.All);
        Assert.Equal("[String!]", declarations.Find("hobby")!.GraphQLType);
        Assert.Null(declarations.Find("unknown"));
    }

    [Fact]
    public void A_non_null_property_is_refused_because_profiles_may_lack_it()
    {
        var error = Assert.Throws<FormatException>(() => PropertyDeclarations.FromTypeDefinition(Type(("vipLevel", new NonNullTypeNode(Named("Int"))))));
        Assert.Contains("vipLevel", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JSON")]
    [InlineData("Profile")]
    [InlineData("int")]
    public void Undeclarable_types_are_refused(string typeName) =>
        Assert.Throws<FormatException>(() => PropertyDeclarations.FromTypeDefinition(Type(("p", Named(typeName)))));

    [Fact]
    public void Nested_lists_are_refused() =>
        Assert.Throws<FormatException>(() => PropertyDeclarations.FromTypeDefinition(Type(("p", new ListTypeNode(new ListTypeNode(Named("Int")))))));

    [Fact]
    public void Duplicate_names_are_refused() =>
        Assert.Throws<ArgumentException>(() => new PropertyDeclarations([new("a", PropertyScalar.Int, false), new("a", PropertyScalar.String, false)]));

    [Fact]
    public void Names_must_follow_the_property_name_rule() =>
        Assert.Throws<ArgumentException>(() => new PropertyDeclarations([new("_a", PropertyScalar.Int, false)]));

    [Fact]
    public void Only_numeric_scalars_can_be_incremented()
    {
        Assert.True(new PropertyDeclaration("a", PropertyScalar.Float, false).IsNumeric);
        Assert.False(new PropertyDeclaration("a", PropertyScalar.Int, true).IsNumeric);
        Assert.False(new PropertyDeclaration("a", PropertyScalar.String, false).IsNumeric);
    }

    [Fact]
    public void Index_marks_the_properties_the_store_indexes()
    {
        var declarations = PropertyDeclarations.FromSdl("""
            directive @index on FIELD_DEFINITION
            type ProfileProperties { level: Int @index  counter: Int  tags: [String!] @index }
            """);

        Assert.Equal([true, false, true], declarations.All.Select(d => d.IsIndexed));
    }

    [Theory]
    [InlineData("level: Int @index @index")]
    [InlineData("level: Int @index(unique: true)")]
    public void Index_is_given_once_and_without_arguments(string field)
    {
        var error = Assert.Throws<FormatException>(() => PropertyDeclarations.FromSdl($"type ProfileProperties {{ {field} }}"));
        Assert.Contains("@index", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_the_declaring_type_is_refused() =>
        Assert.Throws<FormatException>(() => PropertyDeclarations.FromDocument(new DocumentNode([])));
}

public sealed class ShippedPropertyDeclarationsTests
{
    [Fact]
    public void The_shipped_file_declares_the_demo_properties()
    {
        var declarations = PropertyDeclarations.FromSdl(SchemaFiles.Read("properties.graphql"));
        Assert.Equal(
            ["vipLevel: Int", "points: Int", "userPoint: Int", "hobby: [String!]", "interest: [String!]", "member: String", "registerTime: DateTime"],
            declarations.All.Select(d => $"{d.Name}: {d.GraphQLType}"));

        // Counters are written far more often than lists filter on them: they stay unindexed.
        Assert.Equal(["vipLevel", "member", "registerTime"], declarations.All.Where(d => d.IsIndexed).Select(d => d.Name));
        var store = ProfileGraph.Profiles.Schema.ProfileDocumentSchema.Create(declarations);
        Assert.True(store.TryGet("properties.vipLevel", out var vipLevel) && vipLevel.IsIndexed);
        Assert.True(store.TryGet("properties.points", out var points) && !points.IsIndexed);
    }

    [Fact]
    public void Invalid_sdl_is_a_format_error() =>
        Assert.Throws<FormatException>(() => PropertyDeclarations.FromSdl("type ProfileProperties { vipLevel: }"));
}

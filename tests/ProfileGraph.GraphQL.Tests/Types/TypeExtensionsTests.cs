using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Types;

public sealed class TypeExtensionsTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        interface Node { id: ID! }
        interface Named { name: String }
        type Dog implements Node & Named { id: ID! name: String }
        type Cat implements Named { name: String }
        type Rock { id: ID! }
        union Pet = Dog | Cat
        union Stuff = Rock
        enum Color { RED }
        input In { a: Int }
        type Query { a: Int }
        """).Build();

    private static IType T(string type) => TypeExtensions.TypeFromAst(Schema, Parser.ParseType(type))!;

    private static INamedType N(string name) => Schema.GetType(name)!;

    [Fact]
    public void Type_from_ast_builds_wrappers_and_returns_null_for_unknown_names()
    {
        Assert.Equal("[Dog!]!", T("[Dog!]!").ToString());
        Assert.Same(N("Dog"), T("[Dog!]!").NamedType());
        Assert.Null(TypeExtensions.TypeFromAst(Schema, Parser.ParseType("[Unknown]")));
    }

    [Fact]
    public void Kind_predicates()
    {
        Assert.True(T("[In!]").IsInputType());
        Assert.False(T("[Dog]").IsInputType());
        Assert.True(T("Color").IsInputType() && T("Color").IsOutputType() && T("Color").IsLeafType());
        Assert.False(T("In").IsOutputType());
        Assert.True(N("Pet").IsAbstractType() && N("Pet").IsCompositeType());
        Assert.False(T("[Int]").IsLeafType());
        Assert.Same(N("Int"), T("Int!").NullableType());
    }

    [Fact]
    public void Equal_types_have_the_same_wrappers()
    {
        Assert.True(TypeExtensions.IsEqualType(T("[Int!]"), T("[Int!]")));
        Assert.False(TypeExtensions.IsEqualType(T("[Int!]"), T("[Int]")));
    }

    [Theory]
    [InlineData("Int!", "Int", true)]
    [InlineData("Int", "Int!", false)]
    [InlineData("[Dog!]!", "[Node]", true)]
    [InlineData("Dog", "Pet", true)]
    [InlineData("Rock", "Pet", false)]
    [InlineData("[Dog]", "Dog", false)]
    [InlineData("Dog", "[Dog]", false)]
    public void Subtypes_are_covariant(string sub, string super, bool expected)
    {
        Assert.Equal(expected, TypeExtensions.IsTypeSubTypeOf(Schema, T(sub), T(super)));
    }

    [Theory]
    [InlineData("Dog", "Dog", true)]
    [InlineData("Dog", "Cat", false)]
    [InlineData("Pet", "Named", true)]
    [InlineData("Stuff", "Pet", false)]
    [InlineData("Node", "Rock", false)]
    [InlineData("Named", "Cat", true)]
    public void Types_overlap_when_an_object_type_can_be_both(string a, string b, bool expected)
    {
        Assert.Equal(expected, TypeExtensions.DoTypesOverlap(Schema, N(a), N(b)));
        Assert.Equal(expected, TypeExtensions.DoTypesOverlap(Schema, N(b), N(a)));
    }

    [Fact]
    public void Enum_results_map_names_and_clr_enum_members()
    {
        var episode = (EnumType)SchemaBuilder.FromSdl("enum Episode { NEW_HOPE EMPIRE } type Query { e: Episode }").Build().GetType("Episode")!;

        Assert.Equal("NEW_HOPE", episode.Serialize(Episode.NewHope)?.Name);
        Assert.Equal("EMPIRE", episode.Serialize("EMPIRE")?.Name);
        Assert.Null(episode.Serialize("JEDI"));
        Assert.Null(episode.Serialize(42));
    }

    private enum Episode
    {
        NewHope,
    }
}

using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Types.Scalars;

namespace ProfileGraph.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    private const string Pets = """
        interface Named { name: String }
        type Dog implements Named { name: String barkVolume: Int }
        type Cat implements Named { name: String meowVolume: Int }
        union CatOrDog = Cat | Dog
        enum Color { RED GREEN @deprecated(reason: "Too green") BLUE @deprecated }
        input Filter { name: String = "Rex" colors: [Color!] }
        type Query { pet(id: ID!, filter: Filter): Named pets: [CatOrDog!]! }
        """;

    [Fact]
    public void Default_root_names_are_used_without_a_schema_definition()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int }").Build();

        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal("Mutation", schema.MutationType?.Name);
        Assert.Null(schema.SubscriptionType);
        Assert.Same(schema.MutationType, schema.GetRootType(OperationType.Mutation));
    }

    [Fact]
    public void Schema_definition_names_the_root_types()
    {
        var schema = SchemaBuilder.FromSdl("schema { query: Root } type Root { a: Int } type Query { b: Int }").Build();

        Assert.Equal("Root", schema.QueryType.Name);
        Assert.Equal("Query", schema.GetType("Query")?.Name);
    }

    [Fact]
    public void Fields_arguments_and_types_are_built_in_declaration_order()
    {
        var schema = SchemaBuilder.FromSdl(Pets).Build();
        var query = schema.QueryType;

        Assert.Equal(["pet", "pets", "__schema", "__type"], query.Fields.Keys);
        var pet = query.Fields["pet"];
        Assert.Equal("Query.pet", pet.Coordinate);
        Assert.Same(query, pet.DeclaringType);
        Assert.Equal(["id", "filter"], pet.Arguments.Keys);
        Assert.Equal("ID!", pet.Arguments["id"].Type.ToString());
        Assert.Equal("[CatOrDog!]!", query.Fields["pets"].Type.ToString());
        Assert.Same(schema.GetType("Named"), pet.Type);
    }

    [Fact]
    public void Extensions_add_fields_interfaces_values_and_members()
    {
        var schema = SchemaBuilder.FromSdl(
            "type Query { a: Int } type A { x: Int } union U = A enum E { ONE } input I { p: Int }",
            "interface N { x: Int } extend type Query { b: String } extend type A implements N { y: Int }",
            "type B { x: Int } extend union U = B extend enum E { TWO } extend input I { q: Int }").Build();

        Assert.Equal(["a", "b"], schema.QueryType.Fields.Keys.Where(k => !k.StartsWith("__", StringComparison.Ordinal)));
        var a = (ObjectType)schema.GetType("A")!;
        Assert.Equal(["x", "y"], a.Fields.Keys);
        Assert.Equal("N", Assert.Single(a.Interfaces).Name);
        Assert.Equal(["A", "B"], ((UnionType)schema.GetType("U")!).Types.Select(t => t.Name));
        Assert.Equal(["ONE", "TWO"], ((EnumType)schema.GetType("E")!).Values.Select(v => v.Name));
        Assert.Equal(["p", "q"], ((InputObjectType)schema.GetType("I")!).Fields.Keys);
    }

    [Fact]
    public void Deprecation_reasons_come_from_the_directive_with_a_default()
    {
        var schema = SchemaBuilder.FromSdl(Pets).Build();
        var color = (EnumType)schema.GetType("Color")!;

        Assert.False(color.GetValue("RED")!.IsDeprecated);
        Assert.Equal("Too green", color.GetValue("GREEN")!.DeprecationReason);
        Assert.Equal("No longer supported.", color.GetValue("BLUE")!.DeprecationReason);
    }

    [Fact]
    public void Built_in_directives_and_scalars_are_always_present()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }").Build();

        Assert.Equal(["skip", "include", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
        Assert.All(["Int", "Float", "String", "Boolean", "ID"], name => Assert.IsAssignableFrom<ScalarType>(schema.GetType(name)));
        Assert.NotNull(schema.GetType("__Schema"));
        Assert.Null(schema.GetType("DateTime"));
    }

    [Fact]
    public void HotChocolate_scalars_are_added_when_referenced_or_declared()
    {
        var schema = SchemaBuilder.FromSdl("scalar Long type Query { at: DateTime data: JSON n: Long }").Build();

        Assert.Same(BuiltInScalars.DateTime, schema.GetType("DateTime"));
        Assert.Same(BuiltInScalars.Json, schema.GetType("JSON"));
        Assert.Same(BuiltInScalars.Long, schema.GetType("Long"));
        Assert.Equal("https://www.graphql-scalars.com/date-time", BuiltInScalars.DateTime.SpecifiedByUrl);
    }

    [Fact]
    public void Custom_directives_are_defined_and_applied_directives_kept()
    {
        var schema = SchemaBuilder.FromSdl("""
            directive @cost(weight: String!) repeatable on FIELD_DEFINITION | ARGUMENT_DEFINITION
            type Query { a(x: Int @cost(weight: "1")): Int @cost(weight: "10") }
            """).Build();

        var cost = schema.GetDirective("cost")!;
        Assert.True(cost.IsRepeatable);
        Assert.False(cost.IsBuiltIn);
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition], cost.Locations);
        var field = schema.QueryType.Fields["a"];
        Assert.Equal("cost", Assert.Single(field.Directives).Name.Value);
        Assert.Equal("cost", Assert.Single(field.Arguments["x"].Directives).Name.Value);
    }

    [Fact]
    public void OneOf_marks_the_input_object()
    {
        var schema = SchemaBuilder.FromSdl("input By @oneOf { id: ID name: String } type Query { a(by: By): Int }").Build();

        Assert.True(((InputObjectType)schema.GetType("By")!).IsOneOf);
    }

    [Fact]
    public void Resolvers_are_bound_by_coordinate()
    {
        FieldResolver resolver = _ => ValueTask.FromResult<object?>(1);
        var schema = SchemaBuilder.FromSdl("type Query { a: Int b: Int }").AddResolver("Query.a", resolver).Build();

        Assert.Same(resolver, schema.QueryType.Fields["a"].Resolver);
        Assert.Null(schema.QueryType.Fields["b"].Resolver);
    }

    [Fact]
    public void Unknown_resolver_coordinate_is_a_build_error()
    {
        var builder = SchemaBuilder.FromSdl("type Query { a: Int }")
            .AddResolver("Query.missing", _ => ValueTask.FromResult<object?>(null))
            .AddResolver("Nope.a", _ => ValueTask.FromResult<object?>(null));

        var ex = Assert.Throws<SchemaException>(builder.Build);

        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains("Query.missing", ex.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Registered_scalars_replace_sdl_scalars()
    {
        var schema = SchemaBuilder.FromSdl("scalar Date type Query { a: Date }").AddScalar(new TestDateScalar()).Build();

        Assert.IsType<TestDateScalar>(schema.GetType("Date"));
    }

    [Fact]
    public void Sdl_only_scalars_pass_values_through()
    {
        var schema = SchemaBuilder.FromSdl("scalar Url @specifiedBy(url: \"https://example.com/url\") type Query { a: Url }").Build();
        var url = (ScalarType)schema.GetType("Url")!;

        Assert.Equal("https://example.com/url", url.SpecifiedByUrl);
        Assert.Equal("x", ((System.Text.Json.JsonElement)url.ParseLiteral(new StringValueNode("x"))!).GetString());
    }

    [Fact]
    public void Possible_types_and_subtypes_follow_unions_and_interfaces()
    {
        var schema = SchemaBuilder.FromSdl(Pets).Build();
        var named = schema.GetType("Named")!;
        var union = schema.GetType("CatOrDog")!;
        var dog = schema.GetType("Dog")!;

        Assert.Equal(["Dog", "Cat"], schema.GetPossibleTypes(named).Select(t => t.Name));
        Assert.Equal(["Cat", "Dog"], schema.GetPossibleTypes(union).Select(t => t.Name));
        Assert.True(schema.IsSubType(named, dog));
        Assert.True(schema.IsSubType(union, dog));
        Assert.False(schema.IsSubType(union, named));
    }

    [Fact]
    public void Abstract_types_resolve_by_typename_or_clr_name_by_default()
    {
        var schema = SchemaBuilder.FromSdl(Pets).Build();
        var named = schema.GetType("Named")!;
        var fromDictionary = new Dictionary<string, object?> { ["__typename"] = "Cat" };
        using var json = System.Text.Json.JsonDocument.Parse("""{"__typename":"Dog"}""");

        Assert.Equal("Cat", schema.ResolveAbstractType(named, fromDictionary)?.Name);
        Assert.Equal("Dog", schema.ResolveAbstractType(named, json.RootElement)?.Name);
        Assert.Equal("Dog", schema.ResolveAbstractType(named, new Dog())?.Name);
        Assert.Null(schema.ResolveAbstractType(named, new object()));
    }

    [Fact]
    public void Registered_type_resolvers_win()
    {
        var builder = SchemaBuilder.FromSdl(Pets);
        Schema? built = null;
        builder.AddTypeResolver("CatOrDog", _ => (ObjectType?)built!.GetType("Cat"));
        built = builder.Build();

        Assert.Equal("Cat", built.ResolveAbstractType(built.GetType("CatOrDog")!, new Dog())?.Name);
    }

    [Fact]
    public void Type_resolver_on_a_non_abstract_type_is_a_build_error()
    {
        var builder = SchemaBuilder.FromSdl("type Query { a: Int }").AddTypeResolver("Query", _ => null);

        Assert.Contains("not an interface or union", Assert.Throws<SchemaException>(builder.Build).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sdl_files_are_read()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pg-{Guid.NewGuid():N}.graphql");
        File.WriteAllText(path, "type Query { fromFile: Int }");
        try
        {
            var schema = new SchemaBuilder().AddSdlFile(path).Build();
            Assert.True(schema.QueryType.Fields.ContainsKey("fromFile"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Sdl_directories_are_read_in_path_order()
    {
        var directory = Directory.CreateTempSubdirectory("pg-sdl-").FullName;
        File.WriteAllText(System.IO.Path.Combine(directory, "a.graphql"), "type Query { a: Int }");
        File.WriteAllText(System.IO.Path.Combine(directory, "b.graphql"), "extend type Query { b: Int }");
        try
        {
            var schema = new SchemaBuilder().AddSdlDirectory(directory).Build();
            Assert.Equal(["a", "b"], schema.QueryType.Fields.Keys.Take(2));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Syntax_errors_are_reported_as_schema_errors()
    {
        var ex = Assert.Throws<SchemaException>(SchemaBuilder.FromSdl("type Query {").Build);

        Assert.StartsWith("Syntax error", Assert.Single(ex.Errors), StringComparison.Ordinal);
    }

    private sealed class Dog;

    private sealed class TestDateScalar() : ScalarType("Date")
    {
        public override object? ParseLiteral(IValueNode literal) => null;

        public override object? ParseValue(System.Text.Json.JsonElement value) => null;

        public override void Serialize(object value, System.Text.Json.Utf8JsonWriter writer) => writer.WriteNullValue();

        public override IValueNode ToLiteral(object? value) => new NullValueNode();
    }
}

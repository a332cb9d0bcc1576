using ProfileGraph.GraphQL.Types;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>Spec §6.4.3 completion of interface and union values ("ResolveAbstractType").</summary>
public sealed class AbstractTypesTests
{
    private const string Sdl = """
        type Query { pets: [Pet] search: [SearchResult] first: Pet }
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        union SearchResult = Dog | Cat
        """;

    private sealed record Dog(string Name, bool Barks);

    private sealed record Cat(string Name, bool Meows);

    [Fact]
    public async Task Interface_values_resolve_by_clr_type_name_and_fragments_apply_per_type()
    {
        var schema = Schema(Sdl, b => b.AddResolver("Query.pets", Value(new object[] { new Dog("Rex", true), new Cat("Tom", false) })));
        var json = await RunAsync(schema, "{ pets { __typename name ... on Dog { barks } ... on Cat { meows } } }");
        Assert.Equal(
            Json("{'data':{'pets':[{'__typename':'Dog','name':'Rex','barks':true},{'__typename':'Cat','name':'Tom','meows':false}]}}"),
            json);
    }

    [Fact]
    public async Task Union_values_resolve_by_typename_entry()
    {
        var schema = Schema(Sdl, b => b.AddResolver("Query.search", Value(new[]
        {
            Obj(("__typename", "Cat"), ("name", "Kit"), ("meows", true)),
            Obj(("__typename", "Dog"), ("name", "Fido"), ("barks", false)),
        })));
        var json = await RunAsync(schema, "{ search { __typename ... on Pet { name } ... on Cat { meows } } }");
        Assert.Equal(
            Json("{'data':{'search':[{'__typename':'Cat','name':'Kit','meows':true},{'__typename':'Dog','name':'Fido'}]}}"),
            json);
    }

    [Fact]
    public async Task A_registered_type_resolver_decides_the_object_type()
    {
        Schema? schema = null;
        schema = SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query.first", Value(Obj(("name", "Mystery"))))
            .AddTypeResolver("Pet", _ => (ObjectType)schema!.GetType("Cat")!)
            .Build();
        var json = await RunAsync(schema, "{ first { __typename name } }");
        Assert.Equal(Json("{'data':{'first':{'__typename':'Cat','name':'Mystery'}}}"), json);
    }

    [Fact]
    public async Task A_value_of_no_possible_type_is_a_field_error()
    {
        var schema = Schema(Sdl, b => b.AddResolver("Query.first", Value(Obj(("name", "Ghost")))));
        var result = await ExecuteAsync(schema, "{ first { name } }");
        var error = Assert.Single(result.Errors);
        Assert.Equal(["first"], error.Path);
        Assert.Contains("Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.first\"", error.Message);
        Assert.EndsWith(Json("'data':{'first':null}}"), result.ToJson());
    }

    [Fact]
    public async Task Named_fragments_on_abstract_types_apply_to_their_possible_types()
    {
        var schema = Schema(Sdl, b => b.AddResolver("Query.search", Value(new object[] { new Dog("Rex", true) })));
        var json = await RunAsync(schema, "{ search { ...P } } fragment P on Pet { name ...D } fragment D on Dog { barks }");
        Assert.Equal(Json("{'data':{'search':[{'name':'Rex','barks':true}]}}"), json);
    }

    [Fact]
    public async Task Look_ahead_on_an_abstract_field_gives_the_fields_of_each_concrete_type()
    {
        IReadOnlyList<string>? forDog = null;
        IReadOnlyList<string>? forAny = null;
        Schema? schema = null;
        schema = Schema(Sdl, b => b.AddResolver("Query.first", c =>
        {
            forDog = c.GetSelections((ObjectType)schema!.GetType("Dog")!).Select(f => f.Name).ToArray();
            forAny = c.GetSelections().Select(f => f.Name).ToArray();
            return new ValueTask<object?>(new Dog("Rex", true));
        }));

        await ExecuteAsync(schema, "{ first { name ... on Dog { barks } ... on Cat { meows } } }");

        Assert.Equal(["name", "barks"], forDog);
        Assert.Equal(["name", "barks", "meows"], forAny);
    }
}

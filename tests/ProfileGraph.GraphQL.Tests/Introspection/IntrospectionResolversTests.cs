using ProfileGraph.GraphQL.Introspection;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Introspection;

public sealed class IntrospectionResolversTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        "The schema."
        schema { query: Query mutation: Mutation }
        interface Node { id: ID! }
        type User implements Node { id: ID! name: String old: String @deprecated(reason: "use name") friends(first: Int = 10, legacy: Boolean @deprecated): [User!]! }
        union Result = User
        enum Role { ADMIN GUEST @deprecated }
        input By @oneOf { id: ID name: String @deprecated }
        scalar Url @specifiedBy(url: "https://example.com/url")
        directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION
        type Query { user(by: By): User node: Node result: Result role: Role url: Url }
        type Mutation { touch: Boolean }
        """).Build();

    private static readonly Dictionary<string, object?> NoArgs = [];

    private static readonly Dictionary<string, object?> WithDeprecated = new() { ["includeDeprecated"] = true };

    private static object? Resolve(string coordinate, object parent, IReadOnlyDictionary<string, object?>? args = null) =>
        IntrospectionResolvers.All[coordinate](parent, args ?? NoArgs, Schema);

    private static IEnumerable<string> Names(object? list) => ((IEnumerable<object>)list!).Select(item => item switch
    {
        INamedType t => t.Name,
        OutputField f => f.Name,
        InputField i => i.Name,
        EnumValue v => v.Name,
        DirectiveDefinition d => d.Name,
        _ => item.ToString()!,
    });

    [Fact]
    public void Every_introspection_field_and_meta_field_has_a_resolver()
    {
        var fields = Schema.Types.Values.OfType<ComplexType>()
            .Where(t => t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Values)
            .Append(Schema.QueryType.Fields["__schema"])
            .Append(Schema.QueryType.Fields["__type"]);

        Assert.All(fields, f => Assert.NotNull(f.Resolver));
    }

    [Fact]
    public void Schema_exposes_roots_types_directives_and_description()
    {
        var schema = Resolve("Query.__schema", Schema)!;

        Assert.Equal("The schema.", Resolve("__Schema.description", schema));
        Assert.Same(Schema.QueryType, Resolve("__Schema.queryType", schema));
        Assert.Equal("Mutation", ((INamedType)Resolve("__Schema.mutationType", schema)!).Name);
        Assert.Null(Resolve("__Schema.subscriptionType", schema));
        Assert.Contains("__TypeKind", Names(Resolve("__Schema.types", schema)));
        Assert.Contains("User", Names(Resolve("__Schema.types", schema)));
        Assert.Equal(["skip", "include", "deprecated", "specifiedBy", "oneOf", "tag"], Names(Resolve("__Schema.directives", schema)));
    }

    [Fact]
    public void Type_lookup_by_name()
    {
        Assert.Same(Schema.GetType("User"), Resolve("Query.__type", Schema, new Dictionary<string, object?> { ["name"] = "User" }));
        Assert.Null(Resolve("Query.__type", Schema, new Dictionary<string, object?> { ["name"] = "Nope" }));
    }

    [Fact]
    public void Object_fields_hide_deprecated_ones_unless_asked_and_never_show_meta_fields()
    {
        var user = Schema.GetType("User")!;

        Assert.Equal("OBJECT", Resolve("__Type.kind", user));
        Assert.Equal(["id", "name", "friends"], Names(Resolve("__Type.fields", user)));
        Assert.Equal(["id", "name", "old", "friends"], Names(Resolve("__Type.fields", user, WithDeprecated)));
        Assert.Equal(["Node"], Names(Resolve("__Type.interfaces", user)));
        Assert.Null(Resolve("__Type.possibleTypes", user));
        Assert.Null(Resolve("__Type.enumValues", user));
        Assert.DoesNotContain("__schema", Names(Resolve("__Type.fields", Schema.QueryType, WithDeprecated)));
    }

    [Fact]
    public void Field_arguments_and_input_values()
    {
        var friends = ((ObjectType)Schema.GetType("User")!).Fields["friends"];
        var old = ((ObjectType)Schema.GetType("User")!).Fields["old"];

        Assert.Equal(["first"], Names(Resolve("__Field.args", friends)));
        Assert.Equal(["first", "legacy"], Names(Resolve("__Field.args", friends, WithDeprecated)));
        Assert.Equal("[User!]!", Resolve("__Field.type", friends)!.ToString());
        Assert.Equal(true, Resolve("__Field.isDeprecated", old));
        Assert.Equal("use name", Resolve("__Field.deprecationReason", old));

        var first = friends.Arguments["first"];
        Assert.Equal("10", Resolve("__InputValue.defaultValue", first));
        Assert.Null(Resolve("__InputValue.defaultValue", friends.Arguments["legacy"]));
        Assert.Equal(true, Resolve("__InputValue.isDeprecated", friends.Arguments["legacy"]));
    }

    [Fact]
    public void Wrapping_types_have_kind_and_of_type_but_no_name()
    {
        var type = ((ObjectType)Schema.GetType("User")!).Fields["friends"].Type;

        Assert.Equal("NON_NULL", Resolve("__Type.kind", type));
        Assert.Null(Resolve("__Type.name", type));
        var list = Resolve("__Type.ofType", type)!;
        Assert.Equal("LIST", Resolve("__Type.kind", list));
        Assert.Equal("NON_NULL", Resolve("__Type.kind", Resolve("__Type.ofType", list)!));
    }

    [Fact]
    public void Abstract_types_list_possible_types()
    {
        Assert.Equal(["User"], Names(Resolve("__Type.possibleTypes", Schema.GetType("Node")!)));
        Assert.Equal(["User"], Names(Resolve("__Type.possibleTypes", Schema.GetType("Result")!)));
        Assert.Equal("UNION", Resolve("__Type.kind", Schema.GetType("Result")!));
        Assert.Equal("INTERFACE", Resolve("__Type.kind", Schema.GetType("Node")!));
    }

    [Fact]
    public void Enum_values_hide_deprecated_ones_unless_asked()
    {
        var role = Schema.GetType("Role")!;

        Assert.Equal(["ADMIN"], Names(Resolve("__Type.enumValues", role)));
        Assert.Equal(["ADMIN", "GUEST"], Names(Resolve("__Type.enumValues", role, WithDeprecated)));
        var guest = ((EnumType)role).GetValue("GUEST")!;
        Assert.Equal("No longer supported.", Resolve("__EnumValue.deprecationReason", guest));
    }

    [Fact]
    public void Input_objects_report_one_of_and_input_fields()
    {
        var by = Schema.GetType("By")!;

        Assert.Equal("INPUT_OBJECT", Resolve("__Type.kind", by));
        Assert.Equal(true, Resolve("__Type.isOneOf", by));
        Assert.Null(Resolve("__Type.isOneOf", Schema.GetType("User")!));
        Assert.Equal(["id"], Names(Resolve("__Type.inputFields", by)));
        Assert.Equal(["id", "name"], Names(Resolve("__Type.inputFields", by, WithDeprecated)));
    }

    [Fact]
    public void Scalars_report_specified_by_url()
    {
        Assert.Equal("https://example.com/url", Resolve("__Type.specifiedByURL", Schema.GetType("Url")!));
        Assert.Null(Resolve("__Type.specifiedByURL", Schema.GetType("String")!));
        Assert.Equal("SCALAR", Resolve("__Type.kind", Schema.GetType("String")!));
    }

    [Fact]
    public void Directives_report_locations_arguments_and_repeatability()
    {
        var tag = Schema.GetDirective("tag")!;
        var deprecated = Schema.GetDirective("deprecated")!;

        Assert.Equal(true, Resolve("__Directive.isRepeatable", tag));
        Assert.Equal(["OBJECT", "FIELD_DEFINITION"], (IEnumerable<string>)Resolve("__Directive.locations", tag)!);
        Assert.Equal(["name"], Names(Resolve("__Directive.args", tag)));
        Assert.Equal("\"No longer supported.\"", Resolve("__InputValue.defaultValue", deprecated.Arguments["reason"]));
        Assert.Equal(
            ["FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE"],
            (IEnumerable<string>)Resolve("__Directive.locations", deprecated)!);
    }
}

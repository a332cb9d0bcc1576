using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Types;

public sealed class SchemaValidationTests
{
    private static IReadOnlyList<string> Errors(params string[] sdl) =>
        Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl).Build()).Errors;

    private static void ExpectError(string sdl, string fragment)
    {
        var errors = Errors(sdl);
        Assert.True(errors.Any(e => e.Contains(fragment, StringComparison.Ordinal)), "Got: " + string.Join(" | ", errors));
    }

    [Fact]
    public void Query_root_is_required()
    {
        ExpectError("type Foo { a: Int }", "Query root type must be provided.");
    }

    [Fact]
    public void Root_types_must_be_object_types()
    {
        ExpectError("schema { query: Q } input Q { a: Int }", "Query root type must be Object type");
    }

    [Fact]
    public void Root_types_must_differ()
    {
        ExpectError("schema { query: Q mutation: Q } type Q { a: Int }", "All root types must be different");
    }

    [Fact]
    public void Every_problem_is_listed()
    {
        var errors = Errors("type Query { a: Missing b: AlsoMissing } type Empty");

        Assert.Contains(errors, e => e.Contains("\"Missing\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("\"AlsoMissing\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_types_and_fields_are_rejected()
    {
        ExpectError("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".");
        ExpectError("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.");
    }

    [Fact]
    public void Reserved_names_are_rejected()
    {
        ExpectError("type Query { __a: Int }", "must not begin with \"__\"");
        ExpectError("type Query { a: Int } type __Mine { a: Int }", "must not begin with \"__\"");
    }

    [Fact]
    public void Types_need_fields_values_and_members()
    {
        ExpectError("type Query { a: Int } type Empty", "Type Empty must define one or more fields.");
        ExpectError("type Query { a: Int } enum E", "Enum type E must define one or more values.");
        ExpectError("type Query { a: Int } union U", "Union type U must define one or more member types.");
        ExpectError("type Query { a: Int } input I", "Input Object type I must define one or more fields.");
    }

    [Fact]
    public void Output_and_input_positions_need_matching_types()
    {
        ExpectError("input I { a: Int } type Query { a: I }", "must be Output Type but got: I.");
        ExpectError("type Query { a(x: Query): Int }", "must be Input Type but got: Query.");
        ExpectError("type Query { a: Int } input I { q: Query }", "must be Input Type but got: Query.");
    }

    [Fact]
    public void Union_members_must_be_object_types()
    {
        ExpectError("interface N { a: Int } union U = N type Query { u: U }", "can only include Object types");
    }

    [Fact]
    public void Object_must_provide_every_interface_field()
    {
        ExpectError("interface N { a: Int b: Int } type T implements N { a: Int } type Query { t: T }",
            "Interface field N.b expected but T does not provide it.");
    }

    [Fact]
    public void Implementation_field_types_may_be_covariant_but_not_wider()
    {
        var ok = "interface N { a: Int friends: [N] } type T implements N { a: Int! friends: [T!]! } type Query { t: T }";
        Assert.NotNull(SchemaBuilder.FromSdl(ok).Build());

        ExpectError("interface N { a: Int! } type T implements N { a: Int } type Query { t: T }",
            "Interface field N.a expects type Int! but T.a is type Int.");
    }

    [Fact]
    public void Implementation_arguments_must_match_and_extra_ones_be_optional()
    {
        ExpectError("interface N { a(x: Int): Int } type T implements N { a: Int } type Query { t: T }",
            "Interface field argument N.a(x:) expected but T.a does not provide it.");
        ExpectError("interface N { a(x: Int): Int } type T implements N { a(x: String): Int } type Query { t: T }",
            "expects type Int but T.a(x:) is type String.");
        ExpectError("interface N { a: Int } type T implements N { a(y: Int!): Int } type Query { t: T }",
            "must not be required type Int! if not provided by the Interface field N.a.");
    }

    [Fact]
    public void Interfaces_implementing_interfaces_must_list_the_transitive_ones()
    {
        var ok = """
            interface Node { id: ID! }
            interface Resource implements Node { id: ID! url: String }
            type Image implements Resource & Node { id: ID! url: String }
            type Query { i: Image }
            """;
        Assert.NotNull(SchemaBuilder.FromSdl(ok).Build());

        ExpectError("""
            interface Node { id: ID! }
            interface Resource implements Node { id: ID! url: String }
            type Image implements Resource { id: ID! url: String }
            type Query { i: Image }
            """, "Type Image must implement Node because it is implemented by Resource.");
    }

    [Fact]
    public void Interface_cannot_implement_itself()
    {
        ExpectError("interface N implements N { a: Int } type Query { n: N }", "cannot implement itself");
    }

    [Fact]
    public void Input_objects_cannot_reference_themselves_through_non_null_fields()
    {
        ExpectError("input A { b: B! } input B { a: A! } type Query { f(a: A): Int }",
            "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".");

        var ok = "input A { self: A list: [A!]! } type Query { f(a: A): Int }";
        Assert.NotNull(SchemaBuilder.FromSdl(ok).Build());
    }

    [Fact]
    public void OneOf_fields_must_be_nullable_without_defaults()
    {
        ExpectError("input By @oneOf { id: ID! } type Query { f(by: By): Int }", "OneOf input field By.id must be nullable.");
        ExpectError("input By @oneOf { id: ID = 1 } type Query { f(by: By): Int }", "OneOf input field By.id cannot have a default value.");
    }

    [Fact]
    public void Required_arguments_and_input_fields_cannot_be_deprecated()
    {
        ExpectError("type Query { f(a: Int! @deprecated): Int }", "Required argument Query.f(a:) cannot be deprecated.");
        ExpectError("input I { a: Int! @deprecated } type Query { f(i: I): Int }", "Required input field I.a cannot be deprecated.");
        Assert.NotNull(SchemaBuilder.FromSdl("type Query { f(a: Int! = 1 @deprecated, b: Int @deprecated): Int }").Build());
    }

    [Fact]
    public void Directive_definitions_are_checked()
    {
        ExpectError("directive @a on FIELD directive @a on FIELD type Query { a: Int }", "There can be only one directive named \"@a\".");
        ExpectError("directive @a(x: Query) on FIELD type Query { a: Int }", "must be Input Type but got: Query.");
        ExpectError("directive @a(x: Int! @deprecated) on FIELD type Query { a: Int }", "Required argument @a(x:) cannot be deprecated.");
    }

    [Fact]
    public void Applied_directives_must_be_known_well_placed_and_valid()
    {
        ExpectError("type Query { a: Int @nope }", "Unknown directive \"@nope\" on Query.a.");
        ExpectError("type Query @deprecated { a: Int }", "Directive \"@deprecated\" may not be used on OBJECT (Query).");
        ExpectError("directive @d on FIELD_DEFINITION type Query { a: Int @d @d }", "can only be used once at Query.a.");
        ExpectError("scalar S @specifiedBy type Query { a: S }", "Argument \"url\" of required type \"String!\" was not provided.");
        ExpectError("type Query { a: Int @deprecated(reason: 1) }", "Invalid \"@deprecated\" at Query.a");
    }

    [Fact]
    public void Default_values_must_fit_their_types()
    {
        ExpectError("type Query { f(a: Int = \"x\"): Int }", "Default value \"x\" of Query.f(a:) is not a valid Int.");
    }

    [Fact]
    public void Extending_an_unknown_or_different_kind_of_type_is_rejected()
    {
        ExpectError("type Query { a: Int } extend type Nope { b: Int }", "Cannot extend type \"Nope\" because it is not defined.");
        ExpectError("type Query { a: Int } enum E { A } extend type E { b: Int }", "Cannot extend non-object type \"E\".");
    }

    [Fact]
    public void Executable_definitions_are_not_allowed_in_sdl()
    {
        ExpectError("type Query { a: Int } query { a }", "cannot contain executable definitions");
    }
}

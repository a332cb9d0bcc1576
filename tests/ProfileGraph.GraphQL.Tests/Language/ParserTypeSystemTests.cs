using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Tests.Language;

public sealed class ParserTypeSystemTests
{
    private static T Single<T>(string source)
        where T : IDefinitionNode => Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    private static void ParseError(string source, string description, int line, int column) =>
        SyntaxAssert.SyntaxError(() => Parser.Parse(source), description, line, column);

    [Fact]
    public void Schema_definition_lists_root_operation_types()
    {
        var schema = Single<SchemaDefinitionNode>("\"the schema\" schema @d { query: Q mutation: M subscription: S }");
        Assert.Equal("the schema", schema.Description!.Value);
        Assert.Equal("d", Assert.Single(schema.Directives).Name.Value);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
    }

    [Fact]
    public void Scalar_definition_with_description_and_directive()
    {
        var scalar = Single<ScalarTypeDefinitionNode>("\"\"\"Date and time\"\"\" scalar DateTime @specifiedBy(url: \"https://x\")");
        Assert.Equal(("Date and time", true), (scalar.Description!.Value, scalar.Description.Block));
        Assert.Equal("DateTime", scalar.Name.Value);
        Assert.Equal("specifiedBy", Assert.Single(scalar.Directives).Name.Value);
    }

    [Fact]
    public void Object_type_with_interfaces_fields_arguments_and_defaults()
    {
        var type = Single<ObjectTypeDefinitionNode>("""
            type User implements & Node & Entity @key(fields: "id") {
              "the id" id: ID!
              friends(
                "how many" first: Int = 10 @deprecated
                after: String
              ): [User!]! @cost(weight: "2")
            }
            """);
        Assert.Equal(["Node", "Entity"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("key", Assert.Single(type.Directives).Name.Value);
        Assert.Equal("the id", type.Fields[0].Description!.Value);
        var friends = type.Fields[1];
        Assert.Equal(["first", "after"], friends.Arguments.Select(a => a.Name.Value));
        Assert.Equal("how many", friends.Arguments[0].Description!.Value);
        Assert.Equal("10", Assert.IsType<IntValueNode>(friends.Arguments[0].DefaultValue).Value);
        Assert.Equal("deprecated", Assert.Single(friends.Arguments[0].Directives).Name.Value);
        Assert.IsType<NonNullTypeNode>(friends.Type);
        Assert.Equal("cost", Assert.Single(friends.Directives).Name.Value);
    }

    [Fact]
    public void Object_type_without_fields_has_an_empty_list()
    {
        var type = Single<ObjectTypeDefinitionNode>("type Empty");
        Assert.Empty(type.Fields);
        Assert.Empty(type.Interfaces);
    }

    [Fact]
    public void Interface_may_implement_interfaces()
    {
        var type = Single<InterfaceTypeDefinitionNode>("interface Resource implements Node & Named { id: ID! name: String }");
        Assert.Equal(["Node", "Named"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal(2, type.Fields.Count);
    }

    [Fact]
    public void Union_members_may_start_with_a_pipe()
    {
        Assert.Equal(["A", "B"], Single<UnionTypeDefinitionNode>("union U = | A | B").Types.Select(t => t.Name.Value));
        Assert.Equal(["A"], Single<UnionTypeDefinitionNode>("union U @d = A").Types.Select(t => t.Name.Value));
        Assert.Empty(Single<UnionTypeDefinitionNode>("union U").Types);
    }

    [Fact]
    public void Enum_values_carry_descriptions_and_directives()
    {
        var type = Single<EnumTypeDefinitionNode>("enum Color { \"red\" RED GREEN @deprecated(reason: \"no\") }");
        Assert.Equal(["RED", "GREEN"], type.Values.Select(v => v.Name.Value));
        Assert.Equal("red", type.Values[0].Description!.Value);
        Assert.Equal("deprecated", Assert.Single(type.Values[1].Directives).Name.Value);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("null")]
    public void Enum_value_cannot_be_true_false_or_null(string name) =>
        ParseError($"enum E {{ {name} }}", $"Name \"{name}\" is reserved and cannot be used for an enum value.", 1, 10);

    [Fact]
    public void Input_object_fields_take_defaults_and_directives()
    {
        var type = Single<InputObjectTypeDefinitionNode>("input Filter @oneOf { eq: String = \"x\" @d in: [String!] = [] }");
        Assert.Equal(["eq", "in"], type.Fields.Select(f => f.Name.Value));
        Assert.Equal("x", Assert.IsType<StringValueNode>(type.Fields[0].DefaultValue).Value);
        Assert.Empty(Assert.IsType<ListValueNode>(type.Fields[1].DefaultValue).Values);
    }

    [Fact]
    public void Directive_definition_with_arguments_repeatable_and_locations()
    {
        var directive = Single<DirectiveDefinitionNode>(
            "\"d\" directive @tag(name: String!) repeatable on | FIELD_DEFINITION | OBJECT | VARIABLE_DEFINITION");
        Assert.Equal(("d", "tag", true), (directive.Description!.Value, directive.Name.Value, directive.Repeatable));
        Assert.Equal("name", Assert.Single(directive.Arguments).Name.Value);
        Assert.Equal(["FIELD_DEFINITION", "OBJECT", "VARIABLE_DEFINITION"], directive.Locations.Select(l => l.Value));
        Assert.False(Single<DirectiveDefinitionNode>("directive @a on QUERY").Repeatable);
    }

    [Fact]
    public void Every_extension_kind_is_parsed()
    {
        var document = Parser.Parse("""
            extend schema @d { subscription: S }
            extend scalar Date @d
            extend type User implements Node @d { age: Int }
            extend interface Node implements Base { x: Int }
            extend union U = C
            extend enum E { D }
            extend input I { f: Int }
            """);
        Assert.Equal(
            [
                SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension,
                SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension,
                SyntaxKind.InputObjectTypeExtension,
            ],
            document.Definitions.Select(d => d.Kind));
        var schema = (SchemaExtensionNode)document.Definitions[0];
        Assert.Equal(OperationType.Subscription, Assert.Single(schema.OperationTypes).Operation);
        var user = (ObjectTypeExtensionNode)document.Definitions[2];
        Assert.Equal(("User", "Node", "age"), (user.Name.Value, user.Interfaces[0].Name.Value, user.Fields[0].Name.Value));
        Assert.All(document.Definitions.Skip(1), d => Assert.IsAssignableFrom<ITypeExtensionNode>(d));
    }

    [Fact]
    public void Extensions_may_add_only_directives_or_only_interfaces()
    {
        Assert.Single(Single<ObjectTypeExtensionNode>("extend type T implements I").Interfaces);
        Assert.Single(Single<EnumTypeExtensionNode>("extend enum E @d").Directives);
        Assert.Single(Single<SchemaExtensionNode>("extend schema @d").Directives);
    }

    [Theory]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend interface I", "Unexpected <EOF>.", 1, 19)]
    [InlineData("extend union U", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend directive @d on FIELD", "Unexpected Name \"directive\".", 1, 8)]
    [InlineData("extend", "Unexpected <EOF>.", 1, 7)]
    [InlineData("schema { }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("schema { query: Q, field: F }", "Unexpected Name \"field\".", 1, 20)]
    [InlineData("type T {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("type T { f }", "Expected \":\", found \"}\".", 1, 12)]
    [InlineData("type T { f(): Int }", "Expected Name, found \")\".", 1, 12)]
    [InlineData("type T implements { f: Int }", "Expected Name, found \"{\".", 1, 19)]
    [InlineData("type T implements A & { f: Int }", "Expected Name, found \"{\".", 1, 23)]
    [InlineData("type T @d(a: $v) { f: Int }", "Unexpected variable \"$v\" in constant value.", 1, 14)]
    [InlineData("type T { f(a: Int = $v): Int }", "Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("union U = ", "Expected Name, found <EOF>.", 1, 11)]
    [InlineData("directive @d on UNKNOWN", "Unexpected Name \"UNKNOWN\".", 1, 17)]
    [InlineData("directive @d", "Expected \"on\", found <EOF>.", 1, 13)]
    [InlineData("directive d on FIELD", "Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("\"desc\" extend type T @d", "Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("input I { f: Int = }", "Unexpected \"}\".", 1, 20)]
    public void Malformed_type_system_documents_are_rejected(string source, string description, int line, int column) =>
        ParseError(source, description, line, column);

    [Fact]
    public void Executable_and_type_system_definitions_may_mix_in_one_document()
    {
        var document = Parser.Parse("type Query { a: Int } { a } directive @d on FIELD extend type Query @d");
        Assert.Equal(
            [SyntaxKind.ObjectTypeDefinition, SyntaxKind.OperationDefinition, SyntaxKind.DirectiveDefinition, SyntaxKind.ObjectTypeExtension],
            document.Definitions.Select(d => d.Kind));
    }
}

using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Types;

public sealed class SchemaPrinterTests
{
    [Fact]
    public void Prints_in_HotChocolate_v15_order_and_layout()
    {
        var schema = SchemaBuilder.FromSdl("""
            scalar DateTime
            directive @cost(weight: String!) on FIELD_DEFINITION | ARGUMENT_DEFINITION
            directive @listSize(slicingArguments: [String!] requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
            enum Status { ACTIVE OLD @deprecated(reason: "gone") }
            input ProfileFilterInput { and: [ProfileFilterInput!] status: Status = ACTIVE }
            union Thing = Profile | Address
            "A person."
            type Profile implements Node { id: ID! "When created." createdAt: DateTime! }
            type Address { city: String }
            interface Node { id: ID! }
            type Query {
              profiles(first: Int after: String where: ProfileFilterInput @cost(weight: "10")): [Profile!] @listSize(slicingArguments: ["first", "last"], requireOneSlicingArgument: false) @cost(weight: "10")
              node(id: ID!): Node
            }
            """).Build();

        var expected = """
            schema {
              query: Query
            }

            interface Node {
              id: ID!
            }

            type Address {
              city: String
            }

            "A person."
            type Profile implements Node {
              id: ID!
              "When created."
              createdAt: DateTime!
            }

            type Query {
              profiles(first: Int after: String where: ProfileFilterInput @cost(weight: "10")): [Profile!] @listSize(slicingArguments: [ "first", "last" ], requireOneSlicingArgument: false) @cost(weight: "10")
              node(id: ID!): Node
            }

            union Thing = Profile | Address

            input ProfileFilterInput {
              and: [ProfileFilterInput!]
              status: Status = ACTIVE
            }

            enum Status {
              ACTIVE
              OLD @deprecated(reason: "gone")
            }

            directive @cost(weight: String!) on FIELD_DEFINITION | ARGUMENT_DEFINITION

            directive @listSize(slicingArguments: [String!] requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION

            "The `DateTime` scalar represents an ISO-8601 compliant date time type."
            scalar DateTime @specifiedBy(url: "https://www.graphql-scalars.com/date-time")
            """.ReplaceLineEndings("\n");

        Assert.Equal(expected, SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_non_default_roots_and_mutation_and_subscription()
    {
        var schema = SchemaBuilder.FromSdl("schema { query: Q mutation: M subscription: S } type Q { a: Int } type M { b: Int } type S { c: Int }").Build();

        Assert.StartsWith("schema {\n  query: Q\n  mutation: M\n  subscription: S\n}\n\n", SchemaPrinter.Print(schema), StringComparison.Ordinal);
    }

    [Fact]
    public void Argument_descriptions_stay_inline_and_input_field_descriptions_go_above()
    {
        var schema = SchemaBuilder.FromSdl("""
            "Marks things."
            directive @mark("Why." reason: String) on FIELD_DEFINITION
            input In { "The a." a: Int = 1 }
            type Query { f("How many." first: Int = 10 "Filter." in: In): Int @mark(reason: "x") }
            """).Build();

        var printed = SchemaPrinter.Print(schema);

        Assert.Contains("  f(\"How many.\" first: Int = 10 \"Filter.\" in: In): Int @mark(reason: \"x\")\n", printed, StringComparison.Ordinal);
        Assert.Contains("input In {\n  \"The a.\"\n  a: Int = 1\n}", printed, StringComparison.Ordinal);
        Assert.Contains("\"Marks things.\"\ndirective @mark(\"Why.\" reason: String) on FIELD_DEFINITION", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_line_descriptions_print_as_block_strings()
    {
        var schema = SchemaBuilder.FromSdl("type Query {\n  \"\"\"\n  Line one\n  Line two\n  \"\"\"\n  a: Int\n}").Build();

        Assert.Contains("  \"\"\"\n  Line one\n  Line two\n  \"\"\"\n  a: Int", SchemaPrinter.Print(schema), StringComparison.Ordinal);
    }

    [Fact]
    public void Printed_schema_builds_the_same_printed_schema()
    {
        var sdl = """
            interface Node { id: ID! }
            type User implements Node { id: ID! friends(first: Int = 10): [User!]! }
            input In @oneOf { a: Int b: String }
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION
            type Query @tag(name: "q") @tag(name: "r") { me: User find(by: In): Node }
            type Mutation { touch: Boolean }
            """;
        var first = SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).Build());

        var second = SchemaPrinter.Print(SchemaBuilder.FromSdl(first).Build());

        Assert.Equal(first, second);
        Assert.Contains("input In @oneOf {", first, StringComparison.Ordinal);
        Assert.DoesNotContain("__schema", first, StringComparison.Ordinal);
        Assert.DoesNotContain("directive @skip", first, StringComparison.Ordinal);
        Assert.DoesNotContain("scalar String", first, StringComparison.Ordinal);
    }
}

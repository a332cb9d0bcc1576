using ProfileGraph.GraphQL.Validation.Rules;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsRuleTests
{
    [Fact]
    public void Operations_and_fragments_are_executable() =>
        ExpectValid<ExecutableDefinitionsRule>("""
            query Foo { dog { ...Frag } }
            fragment Frag on Dog { name }
            """);

    [Fact]
    public void Spec_example_type_definition_in_a_query_document_is_rejected() =>
        ExpectErrors<ExecutableDefinitionsRule>(
            """
            query getDogName {
              dog { name color }
            }

            extend type Dog {
              color: String
            }
            """,
            Error("The \"Dog\" definition is not executable.", (5, 1)));

    [Fact]
    public void Schema_definitions_are_named_schema() =>
        ExpectErrors<ExecutableDefinitionsRule>(
            """
            query Foo { dog { name } }
            schema { query: Query }
            extend schema @directive
            """,
            Error("The schema definition is not executable.", (2, 1)),
            Error("The schema definition is not executable.", (3, 1)));
}

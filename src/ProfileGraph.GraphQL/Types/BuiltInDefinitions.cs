namespace ProfileGraph.GraphQL.Types;

/// <summary>The SDL of the directives every schema has (spec §3.13 "Built-in Directives").</summary>
internal static class BuiltInDefinitions
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written (HotChocolate's wording).</summary>
    public const string DefaultDeprecationReason = "No longer supported.";

    public static readonly HashSet<string> DirectiveNames = new(StringComparer.Ordinal)
    {
        "skip", "include", "deprecated", "specifiedBy", "oneOf",
    };

    public const string Directives = """
        "Directs the executor to skip this field or fragment when the `if` argument is true."
        directive @skip("Skipped when true." if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        "Directs the executor to include this field or fragment only when the `if` argument is true."
        directive @include("Included when true." if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        "The @deprecated directive is used within the type system definition language to indicate deprecated portions of a GraphQL service's schema, such as deprecated fields on a type, arguments on a field, input fields on an input type, or values of an enum type."
        directive @deprecated("Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/)." reason: String = "No longer supported.") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE

        "The `@specifiedBy` directive is used within the type system definition language to provide a URL for specifying the behavior of custom scalar definitions."
        directive @specifiedBy("The specifiedBy URL points to a human-readable specification. This field will only read a result for scalar types." url: String!) on SCALAR

        "The `@oneOf` directive is used within the type system definition language to indicate that an input object is a oneof input object."
        directive @oneOf on INPUT_OBJECT
        """;
}

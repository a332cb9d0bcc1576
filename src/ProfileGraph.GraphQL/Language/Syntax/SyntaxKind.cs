namespace ProfileGraph.GraphQL.Language;

/// <summary>The kind of a <see cref="SyntaxNode"/>, one per AST node class.</summary>
public enum SyntaxKind
{
    /// <summary>A name (spec §2.1.9 Names).</summary>
    Name,
    /// <summary>A whole GraphQL document (spec §2.2 Document).</summary>
    Document,
    /// <summary>An operation (spec §2.3 Operations); the shorthand <c>{ ... }</c> is a nameless query.</summary>
    OperationDefinition,
    /// <summary>A variable definition <c>$name: Type = default @dir</c> (spec §2.10).</summary>
    VariableDefinition,
    /// <summary>A selection set <c>{ ... }</c> (spec §2.4).</summary>
    SelectionSet,
    /// <summary>A field selection (spec §2.5 Fields, §2.7 Field Alias).</summary>
    Field,
    /// <summary>An argument <c>name: value</c> (spec §2.6).</summary>
    Argument,
    /// <summary>A fragment spread <c>...Name</c> (spec §2.8).</summary>
    FragmentSpread,
    /// <summary>An inline fragment <c>... on Type { }</c> (spec §2.8.2).</summary>
    InlineFragment,
    /// <summary>A fragment definition (spec §2.8).</summary>
    FragmentDefinition,
    /// <summary>A variable reference <c>$name</c> (spec §2.10).</summary>
    Variable,
    /// <summary>An integer literal, kept as its source text (spec §2.9.1).</summary>
    IntValue,
    /// <summary>A float literal, kept as its source text (spec §2.9.2).</summary>
    FloatValue,
    /// <summary>A string literal with escapes resolved; <see cref="StringValueNode.Block"/> tells whether it was a block string (spec §2.9.4).</summary>
    StringValue,
    /// <summary><c>true</c> or <c>false</c> (spec §2.9.3).</summary>
    BooleanValue,
    /// <summary><c>null</c> (spec §2.9.5).</summary>
    NullValue,
    /// <summary>An enum literal (spec §2.9.6).</summary>
    EnumValue,
    /// <summary>A list literal <c>[ ... ]</c> (spec §2.9.7).</summary>
    ListValue,
    /// <summary>An input object literal <c>{ ... }</c> (spec §2.9.8).</summary>
    ObjectValue,
    /// <summary>One <c>name: value</c> entry of an input object literal (spec §2.9.8).</summary>
    ObjectField,
    /// <summary>An applied directive <c>@name(args)</c> (spec §2.12).</summary>
    Directive,
    /// <summary>A named type reference (spec §2.11).</summary>
    NamedType,
    /// <summary>A list type reference <c>[Type]</c> (spec §2.11).</summary>
    ListType,
    /// <summary>A non-null type reference <c>Type!</c> (spec §2.11).</summary>
    NonNullType,
    /// <summary>A <c>schema { }</c> definition (spec §3.3).</summary>
    SchemaDefinition,
    /// <summary>A root operation type entry <c>query: Query</c> (spec §3.3.1).</summary>
    OperationTypeDefinition,
    /// <summary>A scalar type definition (spec §3.5).</summary>
    ScalarTypeDefinition,
    /// <summary>An object type definition (spec §3.6).</summary>
    ObjectTypeDefinition,
    /// <summary>A field definition of an object or interface type (spec §3.6).</summary>
    FieldDefinition,
    /// <summary>An argument or input field definition (spec §3.6.1, §3.10).</summary>
    InputValueDefinition,
    /// <summary>An interface type definition (spec §3.7).</summary>
    InterfaceTypeDefinition,
    /// <summary>A union type definition (spec §3.8).</summary>
    UnionTypeDefinition,
    /// <summary>An enum type definition (spec §3.9).</summary>
    EnumTypeDefinition,
    /// <summary>One value of an enum type definition (spec §3.9).</summary>
    EnumValueDefinition,
    /// <summary>An input object type definition (spec §3.10).</summary>
    InputObjectTypeDefinition,
    /// <summary>A directive definition (spec §3.13).</summary>
    DirectiveDefinition,
    /// <summary><c>extend schema</c> (spec §3.3.2).</summary>
    SchemaExtension,
    /// <summary><c>extend scalar</c> (spec §3.5.1).</summary>
    ScalarTypeExtension,
    /// <summary><c>extend type</c> (spec §3.6.3).</summary>
    ObjectTypeExtension,
    /// <summary><c>extend interface</c> (spec §3.7.1).</summary>
    InterfaceTypeExtension,
    /// <summary><c>extend union</c> (spec §3.8.1).</summary>
    UnionTypeExtension,
    /// <summary><c>extend enum</c> (spec §3.9.1).</summary>
    EnumTypeExtension,
    /// <summary><c>extend input</c> (spec §3.10.1).</summary>
    InputObjectTypeExtension,
}

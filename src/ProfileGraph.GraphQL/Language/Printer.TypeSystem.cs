namespace ProfileGraph.GraphQL.Language;

public static partial class Printer
{
    private static string PrintTypeSystem(ISyntaxNode node) => node switch
    {
        SchemaDefinitionNode n => Describe(n.Description)
            + Join(["schema", Directives(n.Directives), Block(n.OperationTypes.Select(Print))], " "),
        OperationTypeDefinitionNode n => OperationKeyword(n.Operation) + ": " + n.Type.Name.Value,
        ScalarTypeDefinitionNode n => Describe(n.Description)
            + Join(["scalar", n.Name.Value, Directives(n.Directives)], " "),
        ObjectTypeDefinitionNode n => Describe(n.Description) + Join(
            ["type", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields.Select(Print))],
            " "),
        FieldDefinitionNode n => Describe(n.Description) + n.Name.Value + ArgumentDefinitions(n.Arguments) + ": "
            + Print(n.Type) + Wrap(" ", Directives(n.Directives)),
        InputValueDefinitionNode n => Describe(n.Description) + Join(
            [n.Name.Value + ": " + Print(n.Type), Wrap("= ", Opt(n.DefaultValue)), Directives(n.Directives)],
            " "),
        InterfaceTypeDefinitionNode n => Describe(n.Description) + Join(
            ["interface", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields.Select(Print))],
            " "),
        UnionTypeDefinitionNode n => Describe(n.Description)
            + Join(["union", n.Name.Value, Directives(n.Directives), UnionMembers(n.Types)], " "),
        EnumTypeDefinitionNode n => Describe(n.Description)
            + Join(["enum", n.Name.Value, Directives(n.Directives), Block(n.Values.Select(Print))], " "),
        EnumValueDefinitionNode n => Describe(n.Description) + Join([n.Name.Value, Directives(n.Directives)], " "),
        InputObjectTypeDefinitionNode n => Describe(n.Description)
            + Join(["input", n.Name.Value, Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        DirectiveDefinitionNode n => Describe(n.Description) + "directive @" + n.Name.Value
            + ArgumentDefinitions(n.Arguments) + (n.Repeatable ? " repeatable" : string.Empty)
            + " on " + Join(n.Locations.Select(l => l.Value), " | "),
        _ => PrintExtension(node),
    };

    private static string PrintExtension(ISyntaxNode node) => node switch
    {
        SchemaExtensionNode n =>
            Join(["extend schema", Directives(n.Directives), Block(n.OperationTypes.Select(Print))], " "),
        ScalarTypeExtensionNode n => Join(["extend scalar", n.Name.Value, Directives(n.Directives)], " "),
        ObjectTypeExtensionNode n => Join(
            ["extend type", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields.Select(Print))],
            " "),
        InterfaceTypeExtensionNode n => Join(
            ["extend interface", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields.Select(Print))],
            " "),
        UnionTypeExtensionNode n =>
            Join(["extend union", n.Name.Value, Directives(n.Directives), UnionMembers(n.Types)], " "),
        EnumTypeExtensionNode n =>
            Join(["extend enum", n.Name.Value, Directives(n.Directives), Block(n.Values.Select(Print))], " "),
        InputObjectTypeExtensionNode n =>
            Join(["extend input", n.Name.Value, Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        _ => throw new ArgumentException($"Cannot print node of type {node.GetType().Name}.", nameof(node)),
    };

    private static string Describe(StringValueNode? description) => Wrap(string.Empty, Opt(description), "\n");

    private static string Implements(IReadOnlyList<NamedTypeNode> interfaces) =>
        Wrap("implements ", Join(interfaces.Select(i => i.Name.Value), " & "));

    private static string UnionMembers(IReadOnlyList<NamedTypeNode> types) =>
        Wrap("= ", Join(types.Select(t => t.Name.Value), " | "));

    /// <summary>Arguments on one line, or one per line when any of them spans several lines (e.g. has a description).</summary>
    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return printed.Any(a => a.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }
}

using System.Text;

namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// Prints any AST node as GraphQL text in graphql-js <c>print</c> format: two-space indentation, block strings
/// kept as block strings, descriptions above their definitions. Parsing the output gives back an equal AST.
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints <paramref name="node"/>.</summary>
    public static string Print(ISyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode n => n.Value,
            DocumentNode n => Join(n.Definitions.Select(Print), "\n\n"),
            OperationDefinitionNode n => PrintOperation(n),
            VariableDefinitionNode n => Print(n.Variable) + ": " + Print(n.Type) + Wrap(" = ", Opt(n.DefaultValue))
                + Wrap(" ", Directives(n.Directives)),
            SelectionSetNode n => Block(n.Selections.Select(Print)),
            FieldNode n => PrintField(n),
            ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
            FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Directives(n.Directives)),
            InlineFragmentNode n => Join(
                ["...", Wrap("on ", Opt(n.TypeCondition)), Directives(n.Directives), Print(n.SelectionSet)], " "),
            FragmentDefinitionNode n => "fragment " + n.Name.Value + " on " + n.TypeCondition.Name.Value + " "
                + Wrap(string.Empty, Directives(n.Directives), " ") + Print(n.SelectionSet),
            _ => PrintValueOrType(node) ?? PrintTypeSystem(node),
        };
    }

    private static string? PrintValueOrType(ISyntaxNode node) => node switch
    {
        VariableNode n => "$" + n.Name.Value,
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block && BlockStringValue.IsPrintable(n.Value)
            ? BlockStringValue.Print(n.Value)
            : PrintString(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => "[" + Join(n.Values.Select(Print), ", ") + "]",
        ObjectValueNode n => "{" + Join(n.Fields.Select(Print), ", ") + "}",
        ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
        DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments.Select(Print), ", "), ")"),
        NamedTypeNode n => n.Name.Value,
        ListTypeNode n => "[" + Print(n.Type) + "]",
        NonNullTypeNode n => Print(n.Type) + "!",
        _ => null,
    };

    private static string PrintOperation(OperationDefinitionNode node)
    {
        var variables = Wrap("(", Join(node.VariableDefinitions.Select(Print), ", "), ")");
        var prefix = Join(
            [OperationKeyword(node.Operation), Join([Opt(node.Name), variables], string.Empty), Directives(node.Directives)],
            " ");

        // An anonymous query without variables or directives prints in the shorthand form.
        return (prefix == "query" ? string.Empty : prefix + " ") + Print(node.SelectionSet);
    }

    private static string PrintField(FieldNode node)
    {
        var prefix = Wrap(string.Empty, Opt(node.Alias), ": ") + node.Name.Value;
        var arguments = node.Arguments.Select(Print).ToList();
        var argumentsLine = prefix + Wrap("(", Join(arguments, ", "), ")");
        if (argumentsLine.Length > MaxLineLength)
        {
            argumentsLine = prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)");
        }

        return Join([argumentsLine, Directives(node.Directives), Opt(node.SelectionSet)], " ");
    }

    /// <summary>Prints <paramref name="value"/> as a quoted string, escaping quotes, backslashes and control characters.</summary>
    internal static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    internal static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string Opt(ISyntaxNode? node) => node is null ? string.Empty : Print(node);

    private static string Directives(IReadOnlyList<DirectiveNode> directives) =>
        Join(directives.Select(Print), " ");

    /// <summary>Joins the non-empty parts with <paramref name="separator"/>.</summary>
    private static string Join(IEnumerable<string> parts, string separator) =>
        string.Join(separator, parts.Where(p => p.Length > 0));

    /// <summary>Surrounds <paramref name="value"/> with <paramref name="start"/> and <paramref name="end"/> unless it is empty.</summary>
    private static string Wrap(string start, string value, string end = "") =>
        value.Length == 0 ? string.Empty : start + value + end;

    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Indent(string value) =>
        value.Length == 0 ? string.Empty : "  " + value.Replace("\n", "\n  ", StringComparison.Ordinal);
}

using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

public static partial class SchemaPrinter
{
    /// <summary>Applied directives, each preceded by a space.</summary>
    private static string Directives(IEnumerable<DirectiveNode> directives) =>
        string.Concat(directives.Select(d => " @" + d.Name.Value + (d.Arguments.Count == 0
            ? string.Empty
            : "(" + string.Join(", ", d.Arguments.Select(a => a.Name.Value + ": " + PrintValue(a.Value))) + ")")));

    /// <summary>A value literal in HotChocolate's SDL style: lists and objects with spaces inside the brackets.</summary>
    private static string PrintValue(IValueNode value) => value switch
    {
        ListValueNode list => list.Values.Count == 0 ? "[ ]" : "[ " + string.Join(", ", list.Values.Select(PrintValue)) + " ]",
        ObjectValueNode obj => obj.Fields.Count == 0
            ? "{ }"
            : "{ " + string.Join(", ", obj.Fields.Select(f => f.Name.Value + ": " + PrintValue(f.Value))) + " }",
        StringValueNode s => Printer.Print(new StringValueNode(s.Value)),
        _ => Printer.Print(value),
    };
}

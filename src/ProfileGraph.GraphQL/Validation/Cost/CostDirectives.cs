using System.Globalization;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Cost;

/// <summary>Reads <c>@cost(weight:)</c> and <c>@listSize(...)</c> as applied in the schema's SDL.</summary>
internal static class CostDirectives
{
    public static double? Weight(IReadOnlyList<DirectiveNode> directives)
    {
        if (Find(directives, "cost") is not { } cost || Argument(cost, "weight") is not { } weight)
        {
            return null;
        }

        var text = weight switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => null,
        };
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public static ListSize? ListSizeOf(IReadOnlyList<DirectiveNode> directives)
    {
        if (Find(directives, "listSize") is not { } listSize)
        {
            return null;
        }

        return new ListSize(
            Int(Argument(listSize, "assumedSize")),
            Strings(Argument(listSize, "slicingArguments")),
            Strings(Argument(listSize, "sizedFields")),
            Int(Argument(listSize, "slicingArgumentDefaultValue")));
    }

    private static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            if (directives[i].Name.Value == name)
            {
                return directives[i];
            }
        }

        return null;
    }

    private static IValueNode? Argument(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static int? Int(IValueNode? value) =>
        value is IntValueNode i && int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string[] Strings(IValueNode? value) => value switch
    {
        ListValueNode list => [.. list.Values.OfType<StringValueNode>().Select(s => s.Value)],
        StringValueNode single => [single.Value],
        _ => [],
    };

    /// <summary>The arguments of one <c>@listSize</c>.</summary>
    public sealed record ListSize(int? AssumedSize, string[] SlicingArguments, string[] SizedFields, int? SlicingArgumentDefaultValue);
}

using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

// A field or directive must not be given the same argument twice.
// https://spec.graphql.org/October2021/#sec-Argument-Uniqueness
internal sealed class UniqueArgumentNamesRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node) => Check(context, node.Arguments);

    public override void EnterDirective(ValidationContext context, DirectiveNode node, SyntaxNode appliedTo) =>
        Check(context, node.Arguments);

    private static void Check(ValidationContext context, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2 || !HasDuplicate(arguments))
        {
            return;
        }

        var groups = new OrderedDictionary<string, List<ISyntaxNode>>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (!groups.TryGetValue(argument.Name.Value, out var list))
            {
                groups[argument.Name.Value] = list = [];
            }

            list.Add(argument.Name);
        }

        foreach (var (name, nodes) in groups)
        {
            if (nodes.Count > 1)
            {
                context.ReportError(ErrorHelper.DuplicateArgument(name, nodes));
            }
        }
    }

    // Argument lists are short: a quadratic scan avoids allocating in the common, valid case.
    private static bool HasDuplicate(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 1; i < arguments.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (arguments[i].Name.Value == arguments[j].Name.Value)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

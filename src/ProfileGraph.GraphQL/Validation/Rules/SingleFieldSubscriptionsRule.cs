using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

// A subscription must select exactly one root field, and that field must not be an introspection field.
// https://spec.graphql.org/October2021/#sec-Single-root-field
internal sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        context.SpendFragmentWork(context.Document.Definitions.Count);
        if (!CollectFields(context, subscriptionType, node.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal)))
        {
            return;
        }

        var operationName = node.Name?.Value;
        if (fields.Count > 1)
        {
            var extra = new List<ISyntaxNode>();
            for (var i = 1; i < fields.Count; i++)
            {
                extra.AddRange(fields.GetAt(i).Value);
            }

            context.ReportError(ErrorHelper.SubscriptionNotSingleField(operationName, extra));
        }

        foreach (var (_, fieldNodes) in fields)
        {
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError(ErrorHelper.SubscriptionIntrospectionField(operationName, fieldNodes));
            }
        }
    }

    // Spec CollectFields with no variable values. Returns false when @skip/@include cannot be evaluated
    // without variables (graphql-js fails the whole validation there; this reports it as an error).
    private static bool CollectFields(
        ValidationContext context,
        ObjectType type,
        SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldNode>> fields,
        HashSet<string> visitedFragments)
    {
        SpendWork(context, selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is FragmentSpreadNode visited && visitedFragments.Contains(visited.Name.Value))
            {
                continue;
            }

            var include = ShouldInclude(context, selection);
            if (include is null)
            {
                return false;
            }

            if (!include.Value)
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                {
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!fields.TryGetValue(key, out var list))
                    {
                        fields[key] = list = [];
                    }

                    list.Add(field);
                    break;
                }

                case InlineFragmentNode inline when Matches(context.Schema, inline.TypeCondition, type):
                    if (!CollectFields(context, type, inline.SelectionSet, fields, visitedFragments))
                    {
                        return false;
                    }

                    break;
                case FragmentSpreadNode spread:
                    visitedFragments.Add(spread.Name.Value);
                    if (context.GetFragment(spread.Name.Value) is { } fragment
                        && Matches(context.Schema, fragment.TypeCondition, type)
                        && !CollectFields(context, type, fragment.SelectionSet, fields, visitedFragments))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    private static void SpendWork(ValidationContext context, SelectionSetNode selectionSet)
    {
        context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            context.SpendFragmentWork(selection.Directives.Count);
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    context.SpendFragmentWork(directive.Arguments.Count);
                }
            }
        }
    }

    private static bool Matches(Schema schema, NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        var conditionType = schema.GetType(condition.Name.Value);
        if (ReferenceEquals(conditionType, type))
        {
            return true;
        }

        return conditionType is not null && conditionType.IsAbstractType() && schema.IsSubType(conditionType, type);
    }

    private static bool? ShouldInclude(ValidationContext context, ISelectionNode selection)
    {
        var skip = EvaluateIf(context, selection, "skip");
        if (skip is null)
        {
            return null;
        }

        if (skip == IfValue.True)
        {
            return false;
        }

        var include = EvaluateIf(context, selection, "include");
        return include is null ? null : include != IfValue.False;
    }

    private static IfValue? EvaluateIf(ValidationContext context, ISelectionNode selection, string directiveName)
    {
        DirectiveNode? directive = null;
        foreach (var candidate in selection.Directives)
        {
            if (candidate.Name.Value == directiveName)
            {
                directive = candidate;
                break;
            }
        }

        if (directive is null)
        {
            return IfValue.Absent;
        }

        ArgumentNode? argument = null;
        foreach (var candidate in directive.Arguments)
        {
            if (candidate.Name.Value == "if")
            {
                argument = candidate;
                break;
            }
        }

        string? problem = argument?.Value switch
        {
            null => "Argument \"if\" of required type \"Boolean!\" was not provided.",
            VariableNode variable => $"Argument \"if\" of required type \"Boolean!\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
            NullValueNode => "Argument \"if\" of non-null type \"Boolean!\" must not be null.",
            BooleanValueNode => null,
            { } other => $"Argument \"if\" has invalid value {Printer.Print((SyntaxNode)other)}.",
        };
        if (problem is not null)
        {
            context.ReportError(ErrorHelper.SubscriptionDirectiveNotEvaluable(problem, (ISyntaxNode?)argument?.Value ?? directive));
            return null;
        }

        return ((BooleanValueNode)argument!.Value).Value ? IfValue.True : IfValue.False;
    }

    private enum IfValue
    {
        Absent,
        True,
        False,
    }
}

using System.Text;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>Comparing two fields with the same response name, and collecting the fields of a selection set.</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    private Conflict? FindConflict(bool parentsAreMutuallyExclusive, string responseName, FieldDetail field1, FieldDetail field2)
    {
        // Fields on two different object types can never both apply, so only their types must agree.
        var areMutuallyExclusive = parentsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        SpendBudget(2);
        var node1 = field1.Node;
        var node2 = field2.Node;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf
            && ReferenceEquals(field1.Definition?.Type, field2.Definition?.Type)
            && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!areMutuallyExclusive)
        {
            var info1 = field1.GetInfo();
            var info2 = field2.GetInfo();
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
                    : SameArguments(info1.Arguments, info2.Arguments) ? null : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }

            if (reason is not null)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive,
                field1.GetInfo().NamedType,
                selectionSet1,
                field2.GetInfo().NamedType,
                selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private bool SameArguments(ArgumentInfo? arguments1, ArgumentInfo? arguments2)
    {
        if (arguments1 is null)
        {
            return arguments2 is null;
        }

        if (arguments2 is null || arguments1.Nodes.Count != arguments2.Nodes.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1.Nodes)
        {
            SpendBudget(1);
            if (!arguments2.Values.TryGetValue(argument1.Name.Value, out var value2)
                || Stringify(argument1.Value) != Stringify(value2))
            {
                return false;
            }
        }

        return true;
    }

    // A canonical text of a value: object fields sorted by name, block strings distinct from plain ones (as graphql-js).
    private string Stringify(IValueNode value)
    {
        _stringifiedValues ??= new Dictionary<IValueNode, string>(ReferenceEqualityComparer.Instance);
        if (_stringifiedValues.TryGetValue(value, out var cached))
        {
            return cached;
        }

        var builder = new StringBuilder();
        Write(builder, value);
        var text = builder.ToString();
        _stringifiedValues[value] = text;
        return text;
    }

    private static void Write(StringBuilder builder, IValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode i:
                builder.Append('I').Append(i.Value);
                break;
            case FloatValueNode f:
                builder.Append('F').Append(f.Value);
                break;
            case StringValueNode s:
                builder.Append(s.Block ? "B\"" : "S\"");
                foreach (var c in s.Value)
                {
                    if (c is '"' or '\\')
                    {
                        builder.Append('\\');
                    }

                    builder.Append(c);
                }

                builder.Append('"');
                break;
            case BooleanValueNode b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode e:
                builder.Append('E').Append(e.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    Write(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                foreach (var field in SortedFields(obj))
                {
                    builder.Append(field.Name.Value).Append(':');
                    Write(builder, field.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
        }
    }

    // Stable insertion sort: fields are few, and repeated names keep their order.
    private static ObjectFieldNode[] SortedFields(ObjectValueNode obj)
    {
        var fields = obj.Fields.ToArray();
        for (var i = 1; i < fields.Length; i++)
        {
            var current = fields[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(fields[j].Name.Value, current.Name.Value) > 0)
            {
                fields[j + 1] = fields[j];
                j--;
            }

            fields[j + 1] = current;
        }

        return fields;
    }

    // Two types conflict when they differ in list or non-null wrapping, or are different leaf types.
    private bool DoTypesConflict(IType type1, IType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        SpendBudget(1);
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        if (type1.IsLeafType() || type2.IsLeafType())
        {
            return !ReferenceEquals(type1, type2);
        }

        return false;
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (message.Length > 0)
            {
                message.Append(" and ");
            }

            message.Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            Abbreviate(message.ToString()),
            CollectConflictNodes(node1, conflicts, first: true),
            CollectConflictNodes(node2, conflicts, first: false));
    }

    // The enclosing field, then the innermost conflicting fields, at most twenty locations per side.
    private static List<FieldNode> CollectConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            var start = Math.Max(0, side.Count - remaining);
            for (var i = start; i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private CollectResult CollectFields(INamedType? parentType, SelectionSetNode selectionSet)
    {
        _collected ??= [];
        if (_collected.TryGetValue((parentType, selectionSet), out var cached))
        {
            return cached;
        }

        var result = new CollectResult();
        CollectFieldsInto(parentType, selectionSet, result);
        _collected[(parentType, selectionSet)] = result;
        return result;
    }

    private CollectResult CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(_context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void CollectFieldsInto(INamedType? parentType, SelectionSetNode selectionSet, CollectResult result)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                {
                    var fieldName = field.Name.Value;
                    // Meta fields have no definition here, as in graphql-js (they are not among a type's fields).
                    var definition = parentType is ComplexType complex && !fieldName.StartsWith("__", StringComparison.Ordinal)
                        ? complex.GetField(fieldName)
                        : null;
                    var responseName = field.Alias?.Value ?? fieldName;
                    if (!result.Fields.TryGetValue(responseName, out var list))
                    {
                        result.Fields[responseName] = list = [];
                    }

                    list.Add(new FieldDetail(parentType, field, definition, field.Arguments.Count == 0 && field.SelectionSet is null));
                    break;
                }

                case FragmentSpreadNode spread:
                    result.AddFragmentName(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? _context.Schema.GetType(condition.Name.Value) : parentType;
                    CollectFieldsInto(inlineType, inline.SelectionSet, result);
                    break;
            }
        }
    }
}

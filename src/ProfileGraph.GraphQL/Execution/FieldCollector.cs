using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Types.Coercion;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// Spec §6.3.2 "CollectFields" for one document: groups the fields of a selection set (following fragment spreads
/// and inline fragments whose type condition applies) by response key. <c>@skip</c>/<c>@include</c> with literal
/// arguments are decided here; those with variables become <see cref="InclusionCondition"/>s so the result can be
/// cached and reused by every request.
/// </summary>
internal sealed class FieldCollector
{
    private readonly Schema _schema;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);

    public FieldCollector(Schema schema, DocumentNode document)
    {
        _schema = schema;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        TypeNameType = new NonNullType(schema.GetType("String") ?? throw new InvalidOperationException("The schema has no String type."));
    }

    public IType TypeNameType { get; }

    public SelectionPlan CollectRoot(ObjectType type, SelectionSetNode selectionSet)
    {
        var groups = new Groups();
        CollectInto(type, selectionSet, null, groups, []);
        return Build(type, groups);
    }

    public SelectionPlan CollectSubfields(ObjectType type, FieldSelection parent)
    {
        var groups = new Groups();
        for (var i = 0; i < parent.Nodes.Length; i++)
        {
            if (parent.Nodes[i].SelectionSet is { } selectionSet)
            {
                CollectInto(type, selectionSet, parent.Conditions[i], groups, []);
            }
        }

        return Build(type, groups);
    }

    /// <summary>Spec §6.4.1 "CoerceArgumentValues"; throws <see cref="GraphQLException"/> on a bad value.</summary>
    public IReadOnlyDictionary<string, object?> CoerceArguments(
        OutputField field, FieldNode node, IReadOnlyDictionary<string, object?> variables) =>
        field.Arguments.Count == 0 && node.Arguments.Count == 0
            ? EmptyArguments
            : ValueCoercion.CoerceArgumentValues(field, node.Arguments, variables);

    internal static IReadOnlyDictionary<string, object?> EmptyArguments { get; } = new Dictionary<string, object?>();

    private void CollectInto(
        ObjectType type, SelectionSetNode selectionSet, InclusionCondition? inherited, Groups groups, HashSet<string> visiting)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!TryGetCondition(selection.Directives, inherited, out var condition))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    groups.Add(field.Alias?.Value ?? field.Name.Value, field, condition);
                    break;

                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesTypeApply(type, inline.TypeCondition))
                    {
                        CollectInto(type, inline.SelectionSet, condition, groups, visiting);
                    }

                    break;

                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (_fragments.TryGetValue(name, out var fragment)
                        && DoesTypeApply(type, fragment.TypeCondition)
                        && visiting.Add(name))
                    {
                        CollectInto(type, fragment.SelectionSet, condition, groups, visiting);
                        visiting.Remove(name);
                    }

                    break;
            }
        }
    }

    private SelectionPlan Build(ObjectType type, Groups groups)
    {
        var fields = new List<FieldSelection>(groups.Keys.Count);
        foreach (var key in groups.Keys)
        {
            var entries = groups.Entries[key];
            var first = entries[0].Node;
            OutputField? definition = null;
            if (first.Name.Value != "__typename")
            {
                definition = type.GetField(first.Name.Value);
                if (definition is null)
                {
                    // Validation rejects unknown fields; the spec says to skip them (§6.3.2 step 3.c).
                    continue;
                }
            }

            var nodes = new FieldNode[entries.Count];
            var conditions = new InclusionCondition?[entries.Count];
            for (var i = 0; i < entries.Count; i++)
            {
                nodes[i] = entries[i].Node;
                conditions[i] = entries[i].Condition;
            }

            fields.Add(new FieldSelection(this, key, definition, nodes, conditions));
        }

        return new SelectionPlan(type, [.. fields]);
    }

    private bool DoesTypeApply(ObjectType type, NamedTypeNode condition)
    {
        var conditionType = _schema.GetType(condition.Name.Value);
        return conditionType switch
        {
            ObjectType o => ReferenceEquals(o, type),
            InterfaceType or UnionType => _schema.IsSubType(conditionType, type),
            _ => false,
        };
    }

    /// <summary>Spec §3.13.2/§3.13.3: false when a literal <c>@skip</c>/<c>@include</c> excludes the selection.</summary>
    internal static bool TryGetCondition(
        IReadOnlyList<DirectiveNode> directives, InclusionCondition? inherited, out InclusionCondition? condition)
    {
        condition = inherited;
        foreach (var directive in directives)
        {
            var skip = directive.Name.Value switch
            {
                "skip" => true,
                "include" => false,
                _ => (bool?)null,
            };
            if (skip is null)
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value != "if")
                {
                    continue;
                }

                switch (argument.Value)
                {
                    case BooleanValueNode literal when literal.Value == skip.Value:
                        return false;
                    case VariableNode variable:
                        condition = new InclusionCondition(variable.Name.Value, skip.Value, condition);
                        break;
                }
            }
        }

        return true;
    }

    private sealed class Groups
    {
        public List<string> Keys { get; } = [];

        public Dictionary<string, List<(FieldNode Node, InclusionCondition? Condition)>> Entries { get; } =
            new(StringComparer.Ordinal);

        public void Add(string key, FieldNode node, InclusionCondition? condition)
        {
            if (!Entries.TryGetValue(key, out var list))
            {
                Keys.Add(key);
                Entries[key] = [(node, condition)];
                return;
            }

            // The same node reached twice (a fragment spread twice): keep it once when either copy is unconditional.
            for (var i = 0; i < list.Count; i++)
            {
                if (ReferenceEquals(list[i].Node, node))
                {
                    if (list[i].Condition is null)
                    {
                        return;
                    }

                    if (condition is null)
                    {
                        list[i] = (node, null);
                        return;
                    }
                }
            }

            list.Add((node, condition));
        }
    }
}

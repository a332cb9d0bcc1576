using System.Text.Json;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// One response key of a <see cref="SelectionPlan"/>: the field definition, the merged field nodes with their
/// inclusion conditions, argument values that need no variables, and the plans of its sub-selection per object type.
/// </summary>
internal sealed class FieldSelection
{
    private readonly FieldCollector _collector;
    private readonly Lock _lock = new();
    private ChildPlan? _last;
    private Dictionary<ObjectType, SelectionPlan>? _plans;
    private IReadOnlyDictionary<string, object?>? _constantArguments;

    public FieldSelection(
        FieldCollector collector,
        string responseName,
        OutputField? field,
        FieldNode[] nodes,
        InclusionCondition?[] conditions)
    {
        _collector = collector;
        ResponseName = responseName;
        EncodedName = JsonEncodedText.Encode(responseName);
        Field = field;
        Nodes = nodes;
        Conditions = conditions;
        foreach (var condition in conditions)
        {
            IsConditional |= condition is not null;
        }

        foreach (var argument in nodes[0].Arguments)
        {
            ArgumentsUseVariables |= ContainsVariable(argument.Value);
        }
    }

    public string ResponseName { get; }

    public JsonEncodedText EncodedName { get; }

    /// <summary>The field definition, or null for <c>__typename</c>.</summary>
    public OutputField? Field { get; }

    public bool IsTypeName => Field is null;

    public FieldNode[] Nodes { get; }

    /// <summary>Per node in <see cref="Nodes"/>, the condition under which it is selected (null: always).</summary>
    public InclusionCondition?[] Conditions { get; }

    public bool IsConditional { get; }

    public bool ArgumentsUseVariables { get; }

    /// <summary>The field's type; <c>String!</c> for <c>__typename</c>.</summary>
    public IType Type => Field?.Type ?? _collector.TypeNameType;

    public string Coordinate(ObjectType parent) => Field?.Coordinate ?? parent.Name + ".__typename";

    public bool IsIncluded(IReadOnlyDictionary<string, object?> variables)
    {
        if (!IsConditional)
        {
            return true;
        }

        foreach (var condition in Conditions)
        {
            if (InclusionCondition.IsIncluded(condition, variables))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Spec §6.4.1 "CoerceArgumentValues", cached when no argument refers to a variable.</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (ArgumentsUseVariables)
        {
            return _collector.CoerceArguments(Field!, Nodes[0], variables);
        }

        return _constantArguments ??= _collector.CoerceArguments(Field!, Nodes[0], variables);
    }

    /// <summary>The merged sub-selection for a concrete object type (spec §6.4.3 "CollectSubfields").</summary>
    public SelectionPlan GetChildPlan(ObjectType type)
    {
        if (Volatile.Read(ref _last) is { } last && ReferenceEquals(last.Type, type))
        {
            return last.Plan;
        }

        lock (_lock)
        {
            _plans ??= [];
            if (!_plans.TryGetValue(type, out var plan))
            {
                plan = _collector.CollectSubfields(type, this);
                _plans[type] = plan;
            }

            Volatile.Write(ref _last, new ChildPlan(type, plan));
            return plan;
        }
    }

    private sealed record ChildPlan(ObjectType Type, SelectionPlan Plan);

    private static bool ContainsVariable(IValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };
}

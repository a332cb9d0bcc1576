using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// The collected fields of one selection set for one concrete object type (spec §6.3.2 "CollectFields"), in
/// response order. Built once per document and shared by every request; variable-dependent
/// <c>@skip</c>/<c>@include</c> are kept as conditions and applied per request by <see cref="Filter"/>.
/// </summary>
internal sealed class SelectionPlan
{
    public SelectionPlan(ObjectType type, FieldSelection[] fields)
    {
        Type = type;
        Fields = fields;
        foreach (var field in fields)
        {
            HasConditions |= field.IsConditional;
        }
    }

    public ObjectType Type { get; }

    public FieldSelection[] Fields { get; }

    /// <summary>True when some field's inclusion depends on a variable.</summary>
    public bool HasConditions { get; }

    /// <summary>The plan without the fields that the variables exclude.</summary>
    public SelectionPlan Filter(IReadOnlyDictionary<string, object?> variables)
    {
        var kept = new List<FieldSelection>(Fields.Length);
        foreach (var field in Fields)
        {
            if (field.IsIncluded(variables))
            {
                kept.Add(field);
            }
        }

        return kept.Count == Fields.Length ? this : new SelectionPlan(Type, [.. kept]);
    }
}

using System.Runtime.CompilerServices;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

// Fields that share a response name must be mergeable: same field and arguments unless their parents are distinct object types, and compatible types and sub-selections.
// https://spec.graphql.org/October2021/#sec-Field-Selection-Merging
/// <remarks>
/// graphql-js 16's algorithm: fields are collected once per (parent type, selection set) and memoized;
/// field/fragment and fragment/fragment comparisons are remembered so each pair is compared once; a
/// complexity budget stops pathological documents with "Validation aborted.".
/// </remarks>
internal sealed partial class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private const int MaxComplexityBudget = 500_000;
    private const int MaxRecursionDepth = 2_000;
    private const int MaxFastPathFields = 32;

    private Dictionary<(INamedType?, SelectionSetNode), CollectResult>? _collected;
    private Dictionary<IValueNode, string>? _stringifiedValues;
    private PairSet? _comparedFragmentPairs;
    private List<string>? _responseNames;
    private ValidationContext _context = null!;
    private int _remainingBudget = MaxComplexityBudget;
    private int _depth;

    public override void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
        // A selection set of an inline fragment is compared as part of its parent's.
        if (context.SelectionSetOfInlineFragment)
        {
            return;
        }

        var selections = node.Selections;
        if (selections.Count <= 1 && (selections.Count == 0 || selections[0] is not InlineFragmentNode))
        {
            return;
        }

        // Without fragment spreads and with every response name used once there is nothing to compare.
        if (HasOnlyDistinctFields(node))
        {
            return;
        }

        _context = context;
        var conflicts = FindConflictsWithinSelectionSet(context.ParentType, node);
        foreach (var conflict in conflicts)
        {
            var nodes = new List<ISyntaxNode>(conflict.Fields1.Count + conflict.Fields2.Count);
            nodes.AddRange(conflict.Fields1);
            nodes.AddRange(conflict.Fields2);
            context.ReportError(ErrorHelper.FieldsConflict(Abbreviate(conflict.ResponseName), conflict.Reason, nodes));
        }
    }

    private bool HasOnlyDistinctFields(SelectionSetNode selectionSet)
    {
        (_responseNames ??= []).Clear();
        return AddDistinctResponseNames(selectionSet);
    }

    // Short lists only: a long one simply takes the full algorithm.
    private bool AddDistinctResponseNames(SelectionSetNode selectionSet)
    {
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    var responseName = field.Alias?.Value ?? field.Name.Value;
                    if (_responseNames!.Count >= MaxFastPathFields || _responseNames.Contains(responseName))
                    {
                        return false;
                    }

                    _responseNames.Add(responseName);
                    break;
                case InlineFragmentNode inline:
                    if (!AddDistinctResponseNames(inline.SelectionSet))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private List<Conflict> FindConflictsWithinSelectionSet(INamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var result = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(conflicts, result);
        var names = result.FragmentNames;
        if (names.Count != 0 && (result.Fields.Count != 0 || names.Count > 1))
        {
            for (var i = 0; i < names.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, result, names[i]);
                for (var j = i + 1; j < names.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, names[i], names[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, CollectResult result, string fragmentName)
    {
        SpendBudget(1);
        if (result.Fields.Count == 0)
        {
            return;
        }

        result.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (result.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || areMutuallyExclusive))
        {
            // A non-exclusive comparison covers both cases; an exclusive one only the exclusive case.
            return;
        }

        result.ComparedFragments[fragmentName] = areMutuallyExclusive;
        if (_context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var result2 = CollectFragmentFields(fragment);
        if (ReferenceEquals(result, result2))
        {
            return;
        }

        CollectConflictsBetween(conflicts, areMutuallyExclusive, result, result2);
        foreach (var referenced in result2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        SpendBudget(2);
        _comparedFragmentPairs ??= new PairSet();
        if (fragmentName1 == fragmentName2 || _comparedFragmentPairs.Has(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);
        if (_context.GetFragment(fragmentName1) is not { } fragment1 || _context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var result1 = CollectFragmentFields(fragment1);
        var result2 = CollectFragmentFields(fragment2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, result1, result2);
        foreach (var referenced2 in result2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced2);
        }

        foreach (var referenced1 in result1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced1, fragmentName2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        INamedType? parentType1,
        SelectionSetNode selectionSet1,
        INamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        if (++_depth > MaxRecursionDepth)
        {
            throw new ValidationAbortedException();
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        var conflicts = new List<Conflict>();
        var result1 = CollectFields(parentType1, selectionSet1);
        var result2 = CollectFields(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, result1, result2);
        foreach (var name2 in result2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result1, name2);
        }

        foreach (var name1 in result1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result2, name1);
        }

        foreach (var name1 in result1.FragmentNames)
        {
            foreach (var name2 in result2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, name1, name2);
            }
        }

        _depth--;
        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, CollectResult result)
    {
        foreach (var (responseName, fields) in result.Fields)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool parentsAreMutuallyExclusive, CollectResult result1, CollectResult result2)
    {
        if (result1.Fields.Count == 0 || result2.Fields.Count == 0)
        {
            return;
        }

        foreach (var overlap in GetOverlappingFields(result1, result2))
        {
            foreach (var field1 in overlap.Fields1)
            {
                foreach (var field2 in overlap.Fields2)
                {
                    if (FindConflict(parentsAreMutuallyExclusive, overlap.ResponseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<Overlap> GetOverlappingFields(CollectResult result1, CollectResult result2)
    {
        result1.Overlaps ??= new Dictionary<CollectResult, List<Overlap>>(ReferenceEqualityComparer.Instance);
        if (result1.Overlaps.TryGetValue(result2, out var cached))
        {
            return cached;
        }

        var overlaps = new List<Overlap>();
        foreach (var (responseName, fields1) in result1.Fields)
        {
            SpendBudget(1);
            if (result2.Fields.TryGetValue(responseName, out var fields2))
            {
                overlaps.Add(new Overlap(responseName, fields1, fields2));
            }
        }

        result1.Overlaps[result2] = overlaps;
        return overlaps;
    }

    private void SpendBudget(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw new ValidationAbortedException();
        }
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;
}

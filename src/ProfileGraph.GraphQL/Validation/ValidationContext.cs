using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// State shared by all rules during one validation run: the schema and document, the type information
/// at the walker's current position, fragment and variable look-ups, and the collected errors.
/// </summary>
internal sealed partial class ValidationContext
{
    // Same budget as graphql-js 16: following fragment spreads stops with "Validation aborted." past this much work.
    private const int FragmentWorkBudget = 50_000;

    private readonly int _maxErrors;
    private readonly List<GraphQLError> _errors = [];
    private int _remainingFragmentWork = FragmentWorkBudget;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<SelectionSetNode, List<FragmentSpreadNode>>? _fragmentSpreads;
    private Dictionary<string, List<FragmentDefinitionNode>>? _referencedFragmentsBySet;
    private Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>>? _referencedFragments;
    private Dictionary<List<FragmentDefinitionNode>, List<VariableUsage>>? _fragmentUsages;
    private Dictionary<OperationDefinitionNode, List<VariableUsage>>? _recursiveUsages;
    private readonly List<FragmentDefinitionNode> _noFragments = [];

    public ValidationContext(Schema schema, DocumentNode document, MetaFields metaFields, ValidationOptions options, int maxErrors)
    {
        Schema = schema;
        Document = document;
        MetaFields = metaFields;
        Options = options;
        _maxErrors = maxErrors < 1 ? 1 : maxErrors;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public ValidationOptions Options { get; }

    internal MetaFields MetaFields { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>The operations of the document, in document order, filled as the walker meets them.</summary>
    public List<OperationDefinitionNode> Operations { get; } = [];

    /// <summary>Records an error; stops the run once the error limit is reached.</summary>
    public void ReportError(GraphQLError error)
    {
        _errors.Add(error);
        if (_errors.Count >= _maxErrors)
        {
            throw new ValidationAbortedException();
        }
    }

    /// <summary>Spends work on following fragments; stops the run when the budget is gone.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException();
        }
    }

    /// <summary>The fragment definition with this name (the last one when names repeat), or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            var definitions = Document.Definitions;
            for (var i = 0; i < definitions.Count; i++)
            {
                if (definitions[i] is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>Every fragment spread inside the selection set, at any depth, without following fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        _fragmentSpreads ??= [];
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads))
        {
            return spreads;
        }

        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.Count > 0)
        {
            var set = setsToVisit.Pop();
            var selections = set.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                switch (selections[i])
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>The fragments an operation uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        _referencedFragments ??= [];
        if (!_referencedFragments.TryGetValue(operation, out var fragments))
        {
            fragments = GetRecursivelyReferencedFragments([operation]);
            _referencedFragments[operation] = fragments;
        }

        return fragments;
    }

    /// <summary>The fragments the given operations use, directly or through other fragments.</summary>
    public List<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        if (!AnySpreads(operations))
        {
            return _noFragments;
        }

        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var o = 0; o < operations.Count; o++)
        {
            var spreads = GetFragmentSpreads(operations[o].SelectionSet);
            for (var i = 0; i < spreads.Count; i++)
            {
                if (seen.Add(spreads[i].Name.Value))
                {
                    names.Add(spreads[i].Name.Value);
                }
            }
        }

        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var key = string.Join('\n', sorted);
        _referencedFragmentsBySet ??= new Dictionary<string, List<FragmentDefinitionNode>>(StringComparer.Ordinal);
        if (_referencedFragmentsBySet.TryGetValue(key, out var fragments))
        {
            return fragments;
        }

        fragments = [];
        SpendFragmentWork(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            var fragment = GetFragment(names[i]);
            if (fragment is null)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            for (var s = 0; s < spreads.Count; s++)
            {
                if (seen.Add(spreads[s].Name.Value))
                {
                    names.Add(spreads[s].Name.Value);
                }
            }
        }

        _referencedFragmentsBySet[key] = fragments;
        return fragments;
    }

    private bool AnySpreads(IReadOnlyList<OperationDefinitionNode> operations)
    {
        for (var i = 0; i < operations.Count; i++)
        {
            if (GetFragmentSpreads(operations[i].SelectionSet).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Variable uses of the operation and of every fragment it uses (spec §5.8.3-§5.8.5).</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        _recursiveUsages ??= [];
        if (_recursiveUsages.TryGetValue(operation, out var usages))
        {
            return usages;
        }

        var fragments = (List<FragmentDefinitionNode>)GetRecursivelyReferencedFragments(operation);
        if (fragments.Count == 0)
        {
            usages = (List<VariableUsage>)GetVariableUsages(operation);
            _recursiveUsages[operation] = usages;
            return usages;
        }

        _fragmentUsages ??= [];
        if (!_fragmentUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = [];
            for (var i = 0; i < fragments.Count; i++)
            {
                var local = GetVariableUsages(fragments[i]);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }

            _fragmentUsages[fragments] = fragmentUsages;
        }

        SpendFragmentWork(fragmentUsages.Count);
        var own = GetVariableUsages(operation);
        usages = new List<VariableUsage>(own.Count + fragmentUsages.Count);
        usages.AddRange(own);
        usages.AddRange(fragmentUsages);
        _recursiveUsages[operation] = usages;
        return usages;
    }
}

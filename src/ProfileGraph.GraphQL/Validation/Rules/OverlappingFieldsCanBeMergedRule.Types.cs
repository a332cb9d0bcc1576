using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

/// <summary>The memoized data of the field merging algorithm.</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>Fields of a selection set grouped by response name, plus the fragments it spreads.</summary>
    private sealed class CollectResult
    {
        private HashSet<string>? _fragmentNameSet;

        public OrderedDictionary<string, List<FieldDetail>> Fields { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        /// <summary>Fragments already compared with these fields, and whether that comparison was mutually exclusive.</summary>
        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<CollectResult, List<Overlap>>? Overlaps { get; set; }

        public void AddFragmentName(string name)
        {
            _fragmentNameSet ??= new HashSet<string>(StringComparer.Ordinal);
            if (_fragmentNameSet.Add(name))
            {
                FragmentNames.Add(name);
            }
        }
    }

    private sealed class FieldDetail(INamedType? parentType, FieldNode node, OutputField? definition, bool isSimpleLeaf)
    {
        private FieldInfo? _info;

        public INamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public OutputField? Definition { get; } = definition;

        public bool IsSimpleLeaf { get; } = isSimpleLeaf;

        /// <summary>Argument look-ups, prepared only for fields that overlap with another.</summary>
        public FieldInfo GetInfo() => _info ??= new FieldInfo(Definition?.Type.NamedType(), ArgumentInfo.From(Node.Arguments));
    }

    private sealed class FieldInfo(INamedType? namedType, ArgumentInfo? arguments)
    {
        public INamedType? NamedType { get; } = namedType;

        public ArgumentInfo? Arguments { get; } = arguments;

        /// <summary>Earlier comparisons with other fields: null when they merge, else the reason they do not.</summary>
        public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);
    }

    private sealed class ArgumentInfo(IReadOnlyList<ArgumentNode> nodes, Dictionary<string, IValueNode> values)
    {
        public IReadOnlyList<ArgumentNode> Nodes { get; } = nodes;

        public Dictionary<string, IValueNode> Values { get; } = values;

        public static ArgumentInfo? From(IReadOnlyList<ArgumentNode> arguments)
        {
            if (arguments.Count == 0)
            {
                return null;
            }

            var values = new Dictionary<string, IValueNode>(arguments.Count, StringComparer.Ordinal);
            foreach (var argument in arguments)
            {
                values[argument.Name.Value] = argument.Value;
            }

            return new ArgumentInfo(arguments, values);
        }
    }

    private sealed record Overlap(string ResponseName, List<FieldDetail> Fields1, List<FieldDetail> Fields2);

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>Unordered pairs of fragment names, each remembered with whether it was compared as mutually exclusive.</summary>
    private sealed class PairSet
    {
        private readonly Dictionary<string, Dictionary<string, bool>> _data = new(StringComparer.Ordinal);

        public bool Has(string a, string b, bool areMutuallyExclusive) =>
            Has1(a, b, areMutuallyExclusive) || Has1(b, a, areMutuallyExclusive);

        public void Add(string a, string b, bool areMutuallyExclusive)
        {
            if (!_data.TryGetValue(a, out var map))
            {
                _data[a] = map = new Dictionary<string, bool>(StringComparer.Ordinal);
            }

            map[b] = areMutuallyExclusive;
        }

        // A non-exclusive comparison also answers an exclusive question, not the other way round.
        private bool Has1(string a, string b, bool areMutuallyExclusive) =>
            _data.TryGetValue(a, out var map) && map.TryGetValue(b, out var stored) && (areMutuallyExclusive || !stored);
    }
}

using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Limits;

/// <summary>
/// Depth and size of an operation with its fragments expanded where they are spread.
/// Each fragment is measured once (memoized), so the work stays linear in the document size.
/// </summary>
internal sealed class OperationShape
{
    private readonly ValidationContext _context;
    private readonly Dictionary<string, Measure> _fragments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    public OperationShape(ValidationContext context) => _context = context;

    /// <summary>Field nesting depth (a root field is depth 1), field selections and aliased selections.</summary>
    public readonly record struct Measure(int Depth, long Fields, long Aliases);

    public Measure Of(SelectionSetNode selectionSet)
    {
        var depth = 0;
        long fields = 0;
        long aliases = 0;
        foreach (var selection in selectionSet.Selections)
        {
            Measure inner;
            switch (selection)
            {
                case FieldNode field:
                    var sub = field.SelectionSet is null ? default : Of(field.SelectionSet);
                    inner = new Measure(sub.Depth + 1, sub.Fields + 1, sub.Aliases + (field.Alias is null ? 0 : 1));
                    break;
                case InlineFragmentNode inline:
                    inner = Of(inline.SelectionSet);
                    break;
                case FragmentSpreadNode spread:
                    inner = OfFragment(spread.Name.Value);
                    break;
                default:
                    continue;
            }

            depth = Math.Max(depth, inner.Depth);
            fields = Saturate(fields + inner.Fields);
            aliases = Saturate(aliases + inner.Aliases);
        }

        return new Measure(depth, fields, aliases);
    }

    private Measure OfFragment(string name)
    {
        if (_fragments.TryGetValue(name, out var known))
        {
            return known;
        }

        // A cycle is reported by NoFragmentCyclesRule; here it just adds nothing.
        if (_context.GetFragment(name) is not { } fragment || !_inProgress.Add(name))
        {
            return default;
        }

        var measure = Of(fragment.SelectionSet);
        _inProgress.Remove(name);
        _fragments[name] = measure;
        return measure;
    }

    private static long Saturate(long value) => value < 0 ? long.MaxValue : value;
}

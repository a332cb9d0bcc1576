using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

// A non-repeatable directive may appear at most once on the same node.
// https://spec.graphql.org/October2021/#sec-Directives-Are-Unique-Per-Location
internal sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    private List<DirectiveNode>? _seen;
    private SyntaxNode? _owner;

    // The walker visits the directives of one node one after another, so a change of owner starts a new set.
    public override void EnterDirective(ValidationContext context, DirectiveNode node, SyntaxNode appliedTo)
    {
        if (!ReferenceEquals(appliedTo, _owner))
        {
            _owner = appliedTo;
            _seen?.Clear();
        }

        if (context.Directive is not { IsRepeatable: false })
        {
            return;
        }

        _seen ??= [];
        foreach (var seen in _seen)
        {
            if (seen.Name.Value == node.Name.Value)
            {
                context.ReportError(ErrorHelper.DuplicateDirective(seen, node));
                return;
            }
        }

        _seen.Add(node);
    }
}

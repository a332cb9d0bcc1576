using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

// Every argument given to a field or directive must be defined by that field or directive.
// https://spec.graphql.org/October2021/#sec-Argument-Names
internal sealed class KnownArgumentNamesRule : ValidationRule
{
    private int _directiveDepth;

    public override void EnterDirective(ValidationContext context, DirectiveNode node, SyntaxNode appliedTo)
    {
        _directiveDepth++;
        if (context.Directive is not { } definition)
        {
            return;
        }

        foreach (var argument in node.Arguments)
        {
            if (!definition.Arguments.ContainsKey(argument.Name.Value))
            {
                var suggestions = Suggestions.Find(argument.Name.Value, definition.Arguments.Keys);
                context.ReportError(ErrorHelper.UnknownDirectiveArgument(argument, node.Name.Value, suggestions));
            }
        }
    }

    public override void LeaveDirective(ValidationContext context, DirectiveNode node) => _directiveDepth--;

    public override void EnterArgument(ValidationContext context, ArgumentNode node)
    {
        if (_directiveDepth > 0 || context.Argument is not null || context.FieldDef is not { } field || context.ParentType is not { } parentType)
        {
            return;
        }

        var suggestions = Suggestions.Find(node.Name.Value, field.Arguments.Keys);
        context.ReportError(ErrorHelper.UnknownFieldArgument(node, parentType, field, suggestions));
    }
}

using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// Walks an executable document once, in graphql-js visiting order, keeping the type information of
/// <see cref="ValidationContext"/> current and calling every rule that subscribes to each node kind.
/// Type-system definitions are not walked: <c>ExecutableDefinitionsRule</c> rejects them.
/// </summary>
internal sealed class ValidationWalker
{
    private readonly ValidationContext _context;
    private readonly ValidationRule[] _rules;
    private readonly int[][] _subscribers;

    public ValidationWalker(ValidationContext context, ValidationRule[] rules, RulePlan plan)
    {
        _context = context;
        _rules = rules;
        _subscribers = plan.Subscribers;
    }

    public void Walk(DocumentNode document)
    {
        foreach (var i in Subs(RuleHook.EnterDocument))
        {
            _rules[i].EnterDocument(_context, document);
        }

        var definitions = document.Definitions;
        for (var d = 0; d < definitions.Count; d++)
        {
            switch (definitions[d])
            {
                case OperationDefinitionNode operation:
                    VisitOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    VisitFragmentDefinition(fragment);
                    break;
            }
        }

        foreach (var i in Subs(RuleHook.LeaveDocument))
        {
            _rules[i].LeaveDocument(_context, document);
        }
    }

    private int[] Subs(RuleHook hook) => _subscribers[(int)hook];

    private void VisitOperation(OperationDefinitionNode node)
    {
        _context.Operations.Add(node);
        _context.BeginDefinition(node);
        _context.PushType(_context.Schema.GetRootType(node.Operation));
        foreach (var i in Subs(RuleHook.EnterOperation))
        {
            _rules[i].EnterOperation(_context, node);
        }

        var variables = node.VariableDefinitions;
        for (var v = 0; v < variables.Count; v++)
        {
            VisitVariableDefinition(variables[v]);
        }

        VisitDirectives(node.Directives, node);
        VisitSelectionSet(node.SelectionSet, ofInlineFragment: false);
        foreach (var i in Subs(RuleHook.LeaveOperation))
        {
            _rules[i].LeaveOperation(_context, node);
        }

        _context.PopType();
    }

    private void VisitVariableDefinition(VariableDefinitionNode node)
    {
        var type = TypeExtensions.TypeFromAst(_context.Schema, node.Type);
        _context.PushInputType(type is not null && type.IsInputType() ? type : null, null);
        foreach (var i in Subs(RuleHook.EnterVariableDefinition))
        {
            _rules[i].EnterVariableDefinition(_context, node);
        }

        _context.InVariableDefinition = true;
        VisitTypeNode(node.Type);
        if (node.DefaultValue is not null)
        {
            VisitValue(node.DefaultValue);
        }

        VisitDirectives(node.Directives, node);
        _context.InVariableDefinition = false;
        _context.PopInputType();
    }

    private void VisitFragmentDefinition(FragmentDefinitionNode node)
    {
        _context.BeginDefinition(node);
        var type = _context.Schema.GetType(node.TypeCondition.Name.Value);
        _context.PushType(type is not null && type.IsOutputType() ? type : null);
        foreach (var i in Subs(RuleHook.EnterFragmentDefinition))
        {
            _rules[i].EnterFragmentDefinition(_context, node);
        }

        VisitTypeNode(node.TypeCondition);
        VisitDirectives(node.Directives, node);
        VisitSelectionSet(node.SelectionSet, ofInlineFragment: false);
        foreach (var i in Subs(RuleHook.LeaveFragmentDefinition))
        {
            _rules[i].LeaveFragmentDefinition(_context, node);
        }

        _context.PopType();
    }

    private void VisitSelectionSet(SelectionSetNode node, bool ofInlineFragment)
    {
        var named = _context.Type?.NamedType();
        _context.PushParentType(named is not null && named.IsCompositeType() ? named : null);
        _context.SelectionSetOfInlineFragment = ofInlineFragment;
        foreach (var i in Subs(RuleHook.EnterSelectionSet))
        {
            _rules[i].EnterSelectionSet(_context, node);
        }

        var selections = node.Selections;
        for (var s = 0; s < selections.Count; s++)
        {
            switch (selections[s])
            {
                case FieldNode field:
                    VisitField(field);
                    break;
                case FragmentSpreadNode spread:
                    VisitFragmentSpread(spread);
                    break;
                case InlineFragmentNode inline:
                    VisitInlineFragment(inline);
                    break;
            }
        }

        foreach (var i in Subs(RuleHook.LeaveSelectionSet))
        {
            _rules[i].LeaveSelectionSet(_context, node);
        }

        _context.PopParentType();
    }

    private void VisitField(FieldNode node)
    {
        var parentType = _context.ParentType;
        var fieldDef = parentType is null ? null : _context.MetaFields.GetFieldDef(parentType, node.Name.Value);
        _context.PushFieldDef(fieldDef);
        _context.PushType(fieldDef?.Type);
        foreach (var i in Subs(RuleHook.EnterField))
        {
            _rules[i].EnterField(_context, node);
        }

        var arguments = node.Arguments;
        for (var a = 0; a < arguments.Count; a++)
        {
            VisitArgument(arguments[a]);
        }

        VisitDirectives(node.Directives, node);
        if (node.SelectionSet is not null)
        {
            VisitSelectionSet(node.SelectionSet, ofInlineFragment: false);
        }

        foreach (var i in Subs(RuleHook.LeaveField))
        {
            _rules[i].LeaveField(_context, node);
        }

        _context.PopType();
        _context.PopFieldDef();
    }

    private void VisitFragmentSpread(FragmentSpreadNode node)
    {
        foreach (var i in Subs(RuleHook.EnterFragmentSpread))
        {
            _rules[i].EnterFragmentSpread(_context, node);
        }

        VisitDirectives(node.Directives, node);
    }

    private void VisitInlineFragment(InlineFragmentNode node)
    {
        IType? type = node.TypeCondition is null
            ? _context.Type?.NamedType()
            : _context.Schema.GetType(node.TypeCondition.Name.Value);
        _context.PushType(type is not null && type.IsOutputType() ? type : null);
        foreach (var i in Subs(RuleHook.EnterInlineFragment))
        {
            _rules[i].EnterInlineFragment(_context, node);
        }

        if (node.TypeCondition is not null)
        {
            VisitTypeNode(node.TypeCondition);
        }

        VisitDirectives(node.Directives, node);
        VisitSelectionSet(node.SelectionSet, ofInlineFragment: true);
        foreach (var i in Subs(RuleHook.LeaveInlineFragment))
        {
            _rules[i].LeaveInlineFragment(_context, node);
        }

        _context.PopType();
    }

    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives, SyntaxNode appliedTo)
    {
        for (var d = 0; d < directives.Count; d++)
        {
            var node = directives[d];
            _context.Directive = _context.Schema.GetDirective(node.Name.Value);
            foreach (var i in Subs(RuleHook.EnterDirective))
            {
                _rules[i].EnterDirective(_context, node, appliedTo);
            }

            var arguments = node.Arguments;
            for (var a = 0; a < arguments.Count; a++)
            {
                VisitArgument(arguments[a]);
            }

            foreach (var i in Subs(RuleHook.LeaveDirective))
            {
                _rules[i].LeaveDirective(_context, node);
            }

            _context.Directive = null;
        }
    }

    private void VisitArgument(ArgumentNode node)
    {
        // As graphql-js: an unknown directive's arguments are looked up on the enclosing field.
        var definitions = _context.Directive?.Arguments ?? _context.FieldDef?.Arguments;
        var argument = definitions?.GetValueOrDefault(node.Name.Value);
        _context.Argument = argument;
        _context.PushInputType(argument?.Type is { } type && type.IsInputType() ? type : null, argument?.DefaultValue);
        foreach (var i in Subs(RuleHook.EnterArgument))
        {
            _rules[i].EnterArgument(_context, node);
        }

        VisitValue(node.Value);
        _context.Argument = null;
        _context.PopInputType();
    }

    private void VisitValue(IValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                _context.RecordVariableUsage(variable);
                EnterValue(node);
                break;
            case ListValueNode list:
            {
                var listType = _context.InputType?.NullableType();
                var itemType = listType is ListType l ? l.OfType : listType;
                _context.PushInputType(itemType is not null && itemType.IsInputType() ? itemType : null, null);
                EnterValue(node);
                var values = list.Values;
                for (var v = 0; v < values.Count; v++)
                {
                    VisitValue(values[v]);
                }

                LeaveValue(node);
                _context.PopInputType();
                break;
            }

            case ObjectValueNode obj:
            {
                EnterValue(node);
                var fields = obj.Fields;
                for (var f = 0; f < fields.Count; f++)
                {
                    VisitObjectField(fields[f]);
                }

                LeaveValue(node);
                break;
            }

            default:
                EnterValue(node);
                break;
        }
    }

    private void EnterValue(IValueNode node)
    {
        foreach (var i in Subs(RuleHook.EnterValue))
        {
            _rules[i].EnterValue(_context, node);
        }
    }

    private void LeaveValue(IValueNode node)
    {
        foreach (var i in Subs(RuleHook.LeaveValue))
        {
            _rules[i].LeaveValue(_context, node);
        }
    }

    private void VisitObjectField(ObjectFieldNode node)
    {
        var objectType = _context.InputType?.NamedType() as InputObjectType;
        var field = objectType?.Fields.GetValueOrDefault(node.Name.Value);
        _context.PushInputType(field?.Type is { } type && type.IsInputType() ? type : null, field?.DefaultValue);
        foreach (var i in Subs(RuleHook.EnterObjectField))
        {
            _rules[i].EnterObjectField(_context, node);
        }

        VisitValue(node.Value);
        _context.PopInputType();
    }

    private void VisitTypeNode(ITypeNode node)
    {
        switch (node)
        {
            case NamedTypeNode named:
                foreach (var i in Subs(RuleHook.EnterNamedType))
                {
                    _rules[i].EnterNamedType(_context, named);
                }

                break;
            case ListTypeNode list:
                VisitTypeNode(list.Type);
                break;
            case NonNullTypeNode nonNull:
                VisitTypeNode(nonNull.Type);
                break;
        }
    }
}

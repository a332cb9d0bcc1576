using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// One validation rule. A rule overrides only the hooks it needs; <see cref="RulePlan"/> finds the
/// overridden hooks once, so the walker calls a rule only for the node kinds it subscribes to.
/// A new instance is made for every validation run, so rules may keep per-document state in fields.
/// </summary>
internal abstract class ValidationRule
{
    public virtual void EnterDocument(ValidationContext context, DocumentNode node) { }

    public virtual void LeaveDocument(ValidationContext context, DocumentNode node) { }

    public virtual void EnterOperation(ValidationContext context, OperationDefinitionNode node) { }

    public virtual void LeaveOperation(ValidationContext context, OperationDefinitionNode node) { }

    public virtual void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node) { }

    public virtual void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) { }

    public virtual void LeaveFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) { }

    /// <summary>Called for every selection set; <see cref="ValidationContext.SelectionSetOfInlineFragment"/> tells whether it belongs to an inline fragment.</summary>
    public virtual void EnterSelectionSet(ValidationContext context, SelectionSetNode node) { }

    public virtual void LeaveSelectionSet(ValidationContext context, SelectionSetNode node) { }

    public virtual void EnterField(ValidationContext context, FieldNode node) { }

    public virtual void LeaveField(ValidationContext context, FieldNode node) { }

    public virtual void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node) { }

    public virtual void EnterInlineFragment(ValidationContext context, InlineFragmentNode node) { }

    public virtual void LeaveInlineFragment(ValidationContext context, InlineFragmentNode node) { }

    /// <summary>Called for a field's or a directive's argument.</summary>
    public virtual void EnterArgument(ValidationContext context, ArgumentNode node) { }

    /// <summary><paramref name="appliedTo"/> is the node that carries the directive.</summary>
    public virtual void EnterDirective(ValidationContext context, DirectiveNode node, SyntaxNode appliedTo) { }

    public virtual void LeaveDirective(ValidationContext context, DirectiveNode node) { }

    /// <summary>Called for every value literal and variable reference, before its children.</summary>
    public virtual void EnterValue(ValidationContext context, IValueNode node) { }

    /// <summary>Called for list and object values after their children.</summary>
    public virtual void LeaveValue(ValidationContext context, IValueNode node) { }

    public virtual void EnterObjectField(ValidationContext context, ObjectFieldNode node) { }

    public virtual void EnterNamedType(ValidationContext context, NamedTypeNode node) { }
}

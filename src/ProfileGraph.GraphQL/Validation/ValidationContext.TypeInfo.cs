using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// The type information at the walker's position (graphql-js <c>TypeInfo</c>): parent composite type,
/// output type, field definition, expected input type and default value, current directive and argument.
/// </summary>
internal sealed partial class ValidationContext
{
    private readonly NodeStack<INamedType> _parentTypes = new();
    private readonly NodeStack<IType> _types = new();
    private readonly NodeStack<OutputField> _fieldDefs = new();
    private readonly NodeStack<IType> _inputTypes = new();
    private readonly NodeStack<IValueNode> _defaultValues = new();
    private Dictionary<ISyntaxNode, List<VariableUsage>>? _usages;
    private List<VariableUsage>? _currentUsages;
    private ISyntaxNode? _currentDefinition;
    private List<VariableUsage>? _noUsages;

    /// <summary>The composite type whose selection set the walker is in, or null when unknown.</summary>
    public INamedType? ParentType => _parentTypes.Peek();

    /// <summary>The output type of the current field, operation or fragment, or null when unknown.</summary>
    public IType? Type => _types.Peek();

    /// <summary>The definition of the current field, or null when unknown.</summary>
    public OutputField? FieldDef => _fieldDefs.Peek();

    /// <summary>The input type expected at the current value position, or null when unknown.</summary>
    public IType? InputType => _inputTypes.Peek();

    /// <summary>The input type one level up from <see cref="InputType"/>.</summary>
    public IType? ParentInputType => _inputTypes.Peek(1);

    /// <summary>The default value of the current argument or input field, if it has one.</summary>
    public IValueNode? DefaultValue => _defaultValues.Peek();

    /// <summary>The definition of the directive being walked, or null (also for unknown directives).</summary>
    public DirectiveDefinition? Directive { get; internal set; }

    /// <summary>The definition of the argument being walked, or null when unknown.</summary>
    public InputField? Argument { get; internal set; }

    /// <summary>Whether the selection set being entered belongs to an inline fragment.</summary>
    public bool SelectionSetOfInlineFragment { get; internal set; }

    /// <summary>True while walking a variable definition; variable references there are not usages.</summary>
    internal bool InVariableDefinition { get; set; }

    internal void PushParentType(INamedType? type) => _parentTypes.Push(type);

    internal void PopParentType() => _parentTypes.Pop();

    internal void PushType(IType? type) => _types.Push(type);

    internal void PopType() => _types.Pop();

    internal void PushFieldDef(OutputField? field) => _fieldDefs.Push(field);

    internal void PopFieldDef() => _fieldDefs.Pop();

    internal void PushInputType(IType? type, IValueNode? defaultValue)
    {
        _inputTypes.Push(type);
        _defaultValues.Push(defaultValue);
    }

    internal void PopInputType()
    {
        _inputTypes.Pop();
        _defaultValues.Pop();
    }

    internal void BeginDefinition(ISyntaxNode definition)
    {
        _currentDefinition = definition;
        _currentUsages = null;
    }

    internal void RecordVariableUsage(VariableNode node)
    {
        if (InVariableDefinition || _currentDefinition is null)
        {
            return;
        }

        if (_currentUsages is null)
        {
            _currentUsages = [];
            _usages ??= [];
            _usages[_currentDefinition] = _currentUsages;
        }

        _currentUsages.Add(new VariableUsage(node, InputType, DefaultValue, ParentInputType));
    }

    /// <summary>The variable uses directly inside one operation or fragment (complete once the walk is done).</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ISyntaxNode definition) =>
        _usages is not null && _usages.TryGetValue(definition, out var usages) ? usages : NoUsages;

    private List<VariableUsage> NoUsages => _noUsages ??= [];
}

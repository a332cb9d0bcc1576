using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// A field selected below the field being resolved (look-ahead for projection push-down): merged from every
/// field node with the same response key, after <c>@skip</c>/<c>@include</c> and fragment type conditions.
/// </summary>
public sealed class SelectedField
{
    private readonly FieldSelection _selection;
    private readonly OperationContext _operation;
    private IReadOnlyDictionary<string, object?>? _arguments;

    internal SelectedField(FieldSelection selection, OperationContext operation)
    {
        _selection = selection;
        _operation = operation;
    }

    /// <summary>The field's name in the schema.</summary>
    public string Name => Field.Name;

    /// <summary>The key in the response: the alias, or the name when there is none.</summary>
    public string ResponseName => _selection.ResponseName;

    /// <summary>The alias, or null.</summary>
    public string? Alias => _selection.Nodes[0].Alias?.Value;

    /// <summary>The field definition.</summary>
    public OutputField Field => _selection.Field!;

    /// <summary>The merged field nodes.</summary>
    public IReadOnlyList<FieldNode> FieldNodes => _selection.Nodes;

    /// <summary>The coerced arguments (spec §6.4.1); throws <see cref="GraphQLException"/> for a bad value.</summary>
    public IReadOnlyDictionary<string, object?> Arguments =>
        _arguments ??= _selection.GetArguments(_operation.Variables);

    /// <summary>The sub-selections of this field for a concrete type (see <see cref="IResolverContext.GetSelections"/>).</summary>
    public IReadOnlyList<SelectedField> GetSelections(ObjectType? type = null) =>
        _operation.GetSelections(_selection, type);

    /// <inheritdoc />
    public override string ToString() => ResponseName == Name ? Name : ResponseName + ": " + Name;
}

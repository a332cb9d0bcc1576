using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// Builds every validation error: the wording (graphql-js 16's), the locations, and the extensions
/// <c>code</c> and <c>specifiedBy</c>.
/// </summary>
/// <remarks>
/// Codes: a spec rule's code is its graphql-js rule name in upper snake case without the <c>Rule</c>
/// suffix (<c>FieldsOnCorrectTypeRule</c> → <c>FIELDS_ON_CORRECT_TYPE</c>). The non-spec limits use
/// HotChocolate's codes where it has one (<c>HC0047</c> cost, <c>HC0086</c> introspection depth,
/// <c>HC0087</c> field cycle depth) and <c>MAX_EXECUTION_DEPTH</c>, <c>MAX_ALIASES</c>, <c>MAX_FIELDS</c>
/// otherwise. A run stopped by a work budget reports <c>VALIDATION_ABORTED</c>.
/// </remarks>
internal static partial class ErrorHelper
{
    private const string Spec = "https://spec.graphql.org/October2021/#sec-";
    private const string Draft = "https://spec.graphql.org/draft/#sec-";

    public static GraphQLError ValidationAborted() =>
        new("Validation aborted.", extensions: new Dictionary<string, object?> { ["code"] = "VALIDATION_ABORTED" });

    public static GraphQLError NonExecutableDefinition(IDefinitionNode definition)
    {
        var name = definition switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => "schema",
            ITypeDefinitionNode type => Quote(type.Name.Value),
            ITypeExtensionNode extension => Quote(extension.Name.Value),
            DirectiveDefinitionNode directive => Quote(directive.Name.Value),
            _ => "unknown",
        };
        return Create($"The {name} definition is not executable.", "EXECUTABLE_DEFINITIONS", "Executable-Definitions", definition);
    }

    public static GraphQLError DuplicateOperationName(NameNode first, NameNode second) =>
        Create($"There can be only one operation named \"{second.Value}\".", "UNIQUE_OPERATION_NAMES", "Operation-Name-Uniqueness", first, second);

    public static GraphQLError AnonymousOperationNotAlone(OperationDefinitionNode operation) =>
        Create("This anonymous operation must be the only defined operation.", "LONE_ANONYMOUS_OPERATION", "Lone-Anonymous-Operation", operation);

    public static GraphQLError SubscriptionNotSingleField(string? operationName, IReadOnlyList<ISyntaxNode> extraFields) =>
        CreateMany(
            operationName is null
                ? "Anonymous Subscription must select only one top level field."
                : $"Subscription \"{operationName}\" must select only one top level field.",
            "SINGLE_FIELD_SUBSCRIPTIONS",
            Spec + "Single-root-field",
            extraFields);

    public static GraphQLError SubscriptionIntrospectionField(string? operationName, IReadOnlyList<ISyntaxNode> fields) =>
        CreateMany(
            operationName is null
                ? "Anonymous Subscription must not select an introspection top level field."
                : $"Subscription \"{operationName}\" must not select an introspection top level field.",
            "SINGLE_FIELD_SUBSCRIPTIONS",
            Spec + "Single-root-field",
            fields);

    public static GraphQLError SubscriptionDirectiveNotEvaluable(string message, ISyntaxNode node) =>
        Create(message, "SINGLE_FIELD_SUBSCRIPTIONS", "Single-root-field", node);

    public static GraphQLError OperationTypeMissing(OperationDefinitionNode operation)
    {
        var kind = operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        return CreateMany(
            $"The schema does not support {kind} operations.",
            "KNOWN_OPERATION_TYPES",
            Draft + "Operation-Type-Existence",
            [operation]);
    }

    public static GraphQLError UnknownType(NamedTypeNode node, IReadOnlyList<string> suggestions) =>
        Create($"Unknown type \"{node.Name.Value}\"." + Suggestions.DidYouMean(suggestions), "KNOWN_TYPE_NAMES", "Fragment-Spread-Type-Existence", node);

    public static GraphQLError InlineFragmentOnNonCompositeType(NamedTypeNode typeCondition) =>
        Create($"Fragment cannot condition on non composite type \"{typeCondition.Name.Value}\".", "FRAGMENTS_ON_COMPOSITE_TYPES", "Fragments-On-Composite-Types", typeCondition);

    public static GraphQLError FragmentOnNonCompositeType(string fragmentName, NamedTypeNode typeCondition) =>
        Create($"Fragment \"{fragmentName}\" cannot condition on non composite type \"{typeCondition.Name.Value}\".", "FRAGMENTS_ON_COMPOSITE_TYPES", "Fragments-On-Composite-Types", typeCondition);

    public static GraphQLError VariableNotInputType(VariableDefinitionNode node) =>
        Create($"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print((SyntaxNode)node.Type)}\".", "VARIABLES_ARE_INPUT_TYPES", "Variables-Are-Input-Types", node.Type);

    public static GraphQLError LeafFieldWithSelection(FieldNode field, IType type) =>
        Create($"Field \"{field.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.", "SCALAR_LEAFS", "Leaf-Field-Selections", field.SelectionSet!);

    public static GraphQLError CompositeFieldWithoutSelection(FieldNode field, IType type) =>
        Create($"Field \"{field.Name.Value}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{field.Name.Value} {{ ... }}\"?", "SCALAR_LEAFS", "Leaf-Field-Selections", field);

    public static GraphQLError CompositeFieldWithEmptySelection(FieldNode field, IType type) =>
        Create($"Field \"{field.Name.Value}\" of type \"{type}\" must have at least one field selected.", "SCALAR_LEAFS", "Leaf-Field-Selections", field);

    public static GraphQLError UnknownField(FieldNode field, INamedType parentType, string suggestion) =>
        Create($"Cannot query field \"{field.Name.Value}\" on type \"{parentType.Name}\".{suggestion}", "FIELDS_ON_CORRECT_TYPE", "Field-Selections", field);

    public static GraphQLError DuplicateFragmentName(NameNode first, NameNode second) =>
        Create($"There can be only one fragment named \"{second.Value}\".", "UNIQUE_FRAGMENT_NAMES", "Fragment-Name-Uniqueness", first, second);

    public static GraphQLError UnknownFragment(FragmentSpreadNode spread) =>
        Create($"Unknown fragment \"{spread.Name.Value}\".", "KNOWN_FRAGMENT_NAMES", "Fragment-spread-target-defined", spread.Name);

    public static GraphQLError UnusedFragment(FragmentDefinitionNode fragment) =>
        Create($"Fragment \"{fragment.Name.Value}\" is never used.", "NO_UNUSED_FRAGMENTS", "Fragments-Must-Be-Used", fragment);

    public static GraphQLError ImpossibleInlineFragment(InlineFragmentNode node, INamedType parentType, INamedType fragmentType) =>
        Create($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", "POSSIBLE_FRAGMENT_SPREADS", "Fragment-spread-is-possible", node);

    public static GraphQLError ImpossibleFragmentSpread(FragmentSpreadNode node, INamedType parentType, INamedType fragmentType) =>
        Create($"Fragment \"{node.Name.Value}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", "POSSIBLE_FRAGMENT_SPREADS", "Fragment-spread-is-possible", node);

    public static GraphQLError FragmentCycle(string fragmentName, IReadOnlyList<FragmentSpreadNode> cyclePath)
    {
        var via = string.Empty;
        for (var i = 0; i < cyclePath.Count - 1; i++)
        {
            via += (i == 0 ? string.Empty : ", ") + Quote(cyclePath[i].Name.Value);
        }

        var message = $"Cannot spread fragment \"{fragmentName}\" within itself" + (via.Length > 0 ? $" via {via}." : ".");
        return CreateMany(message, "NO_FRAGMENT_CYCLES", Spec + "Fragment-spreads-must-not-form-cycles", cyclePath);
    }

    public static GraphQLError DuplicateVariable(string name, IReadOnlyList<ISyntaxNode> nodes) =>
        CreateMany($"There can be only one variable named \"${name}\".", "UNIQUE_VARIABLE_NAMES", Spec + "Variable-Uniqueness", nodes);

    public static GraphQLError UndefinedVariable(VariableNode variable, OperationDefinitionNode operation) =>
        Create(
            operation.Name is null
                ? $"Variable \"${variable.Name.Value}\" is not defined."
                : $"Variable \"${variable.Name.Value}\" is not defined by operation \"{operation.Name.Value}\".",
            "NO_UNDEFINED_VARIABLES",
            "All-Variable-Uses-Defined",
            variable,
            operation);

    public static GraphQLError UnusedVariable(VariableDefinitionNode definition, OperationDefinitionNode operation) =>
        Create(
            operation.Name is null
                ? $"Variable \"${definition.Variable.Name.Value}\" is never used."
                : $"Variable \"${definition.Variable.Name.Value}\" is never used in operation \"{operation.Name.Value}\".",
            "NO_UNUSED_VARIABLES",
            "All-Variables-Used",
            definition);

    internal static string Quote(string value) => "\"" + value + "\"";

    private static GraphQLError Create(string message, string code, string anchor, ISyntaxNode node) =>
        new(message, Locate(node), extensions: Extensions(code, Spec + anchor));

    private static GraphQLError Create(string message, string code, string anchor, ISyntaxNode first, ISyntaxNode second) =>
        CreateMany(message, code, Spec + anchor, [first, second]);

    private static GraphQLError CreateMany(string message, string code, string specifiedBy, IReadOnlyList<ISyntaxNode> nodes)
    {
        List<SourceLocation>? locations = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Location is { } location)
            {
                (locations ??= []).Add(location.ToSourceLocation());
            }
        }

        return new GraphQLError(message, locations, extensions: Extensions(code, specifiedBy));
    }

    private static SourceLocation[]? Locate(ISyntaxNode node) =>
        node.Location is { } location ? [location.ToSourceLocation()] : null;

    private static Dictionary<string, object?> Extensions(string code, string? specifiedBy)
    {
        var extensions = new Dictionary<string, object?>(2) { ["code"] = code };
        if (specifiedBy is not null)
        {
            extensions["specifiedBy"] = specifiedBy;
        }

        return extensions;
    }
}

using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>Errors about directives, arguments, values and field merging.</summary>
internal static partial class ErrorHelper
{
    public static GraphQLError UnknownDirective(DirectiveNode node) =>
        Create($"Unknown directive \"@{node.Name.Value}\".", "KNOWN_DIRECTIVES", "Directives-Are-Defined", node);

    public static GraphQLError MisplacedDirective(DirectiveNode node, string location) =>
        Create($"Directive \"@{node.Name.Value}\" may not be used on {location}.", "KNOWN_DIRECTIVES", "Directives-Are-In-Valid-Locations", node);

    public static GraphQLError DuplicateDirective(DirectiveNode first, DirectiveNode second) =>
        Create($"The directive \"@{second.Name.Value}\" can only be used once at this location.", "UNIQUE_DIRECTIVES_PER_LOCATION", "Directives-Are-Unique-Per-Location", first, second);

    public static GraphQLError UnknownFieldArgument(ArgumentNode node, INamedType parentType, OutputField field, IReadOnlyList<string> suggestions) =>
        Create($"Unknown argument \"{node.Name.Value}\" on field \"{parentType.Name}.{field.Name}\"." + Suggestions.DidYouMean(suggestions), "KNOWN_ARGUMENT_NAMES", "Argument-Names", node);

    public static GraphQLError UnknownDirectiveArgument(ArgumentNode node, string directiveName, IReadOnlyList<string> suggestions) =>
        Create($"Unknown argument \"{node.Name.Value}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(suggestions), "KNOWN_ARGUMENT_NAMES", "Argument-Names", node);

    public static GraphQLError DuplicateArgument(string name, IReadOnlyList<ISyntaxNode> nodes) =>
        CreateMany($"There can be only one argument named \"{name}\".", "UNIQUE_ARGUMENT_NAMES", Spec + "Argument-Uniqueness", nodes);

    public static GraphQLError MissingFieldArgument(FieldNode node, OutputField field, InputField argument) =>
        Create($"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", "PROVIDED_REQUIRED_ARGUMENTS", "Required-Arguments", node);

    public static GraphQLError MissingDirectiveArgument(DirectiveNode node, InputField argument) =>
        Create($"Directive \"@{node.Name.Value}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", "PROVIDED_REQUIRED_ARGUMENTS", "Required-Arguments", node);

    public static GraphQLError BadValue(IType type, IValueNode node, string? detail = null) =>
        Create(
            $"Expected value of type \"{type}\", found {Printer.Print((SyntaxNode)node)}" + (detail is null ? "." : "; " + detail),
            "VALUES_OF_CORRECT_TYPE",
            "Values-of-Correct-Type",
            node);

    public static GraphQLError BadLeafValue(string message, IValueNode node) =>
        Create(message, "VALUES_OF_CORRECT_TYPE", "Values-of-Correct-Type", node);

    public static GraphQLError RequiredInputFieldMissing(ObjectValueNode node, InputObjectType type, InputField field) =>
        Create($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", "VALUES_OF_CORRECT_TYPE", "Input-Object-Required-Fields", node);

    public static GraphQLError UnknownInputField(ObjectFieldNode node, InputObjectType type, IReadOnlyList<string> suggestions) =>
        Create($"Field \"{node.Name.Value}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions), "VALUES_OF_CORRECT_TYPE", "Input-Object-Field-Names", node);

    public static GraphQLError OneOfNotExactlyOneField(ObjectValueNode node, InputObjectType type) =>
        CreateMany($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", "VALUES_OF_CORRECT_TYPE", Draft + "Values-of-Correct-Type", [node]);

    public static GraphQLError OneOfFieldNull(ObjectValueNode node, InputObjectType type, string field) =>
        CreateMany($"Field \"{type.Name}.{field}\" must be non-null.", "VALUES_OF_CORRECT_TYPE", Draft + "Values-of-Correct-Type", [node]);

    public static GraphQLError DuplicateInputField(NameNode first, NameNode second) =>
        Create($"There can be only one input field named \"{second.Value}\".", "UNIQUE_INPUT_FIELD_NAMES", "Input-Object-Field-Uniqueness", first, second);

    public static GraphQLError BadVariablePosition(VariableDefinitionNode definition, VariableNode node, IType variableType, IType locationType) =>
        Create($"Variable \"${node.Name.Value}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".", "VARIABLES_IN_ALLOWED_POSITION", "All-Variable-Usages-are-Allowed", definition, node);

    public static GraphQLError NullableVariableInOneOf(VariableDefinitionNode definition, VariableNode node, IType variableType, InputObjectType oneOf) =>
        CreateMany(
            $"Variable \"${node.Name.Value}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
            "VARIABLES_IN_ALLOWED_POSITION",
            Spec + "All-Variable-Usages-are-Allowed",
            [definition, node]);

    public static GraphQLError FieldsConflict(string responseName, string reason, IReadOnlyList<ISyntaxNode> nodes) =>
        CreateMany(
            $"Fields \"{responseName}\" conflict because {reason}. Use different aliases on the fields to fetch both if this was intentional.",
            "OVERLAPPING_FIELDS_CAN_BE_MERGED",
            Spec + "Field-Selection-Merging",
            nodes);
}

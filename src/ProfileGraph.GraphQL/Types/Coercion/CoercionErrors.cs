using System.Globalization;
using System.Text;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types.Coercion;

/// <summary>
/// The wording and codes of every input-coercion error (spec §3.5 scalar coercion, §6.1.2 "Coercing Variable
/// Values", §6.4.1 "Coercing Field Arguments"). Messages follow graphql-js; codes follow HotChocolate.
/// </summary>
internal static class CoercionErrors
{
    /// <summary>A value has the wrong type for its variable or argument.</summary>
    public const string InvalidTypeCode = "HC0016";

    /// <summary>A variable is declared with a type that is not an input type.</summary>
    public const string NotInputTypeCode = "HC0017";

    /// <summary>A required (non-null) variable or argument got no value or null.</summary>
    public const string NonNullViolationCode = "HC0018";

    /// <summary>A <c>@oneOf</c> input object got no field.</summary>
    public const string OneOfNoFieldCode = "HC0054";

    /// <summary>A <c>@oneOf</c> input object got more than one field.</summary>
    public const string OneOfManyFieldsCode = "HC0055";

    /// <summary>A <c>@oneOf</c> input object's single field is null.</summary>
    public const string OneOfNullFieldCode = "HC0056";

    // ---- scalar messages (carried by ScalarCoercionException) ----

    public static string ScalarCannotParseLiteral(string scalar, IValueNode literal) =>
        $"{scalar} cannot represent the literal {Describe(literal)}.";

    public static string ScalarCannotParseValue(string scalar, string json) =>
        $"{scalar} cannot represent the value {json}.";

    public static string ScalarCannotSerialize(string scalar, object value) =>
        $"{scalar} cannot serialize the value {Describe(value)}.";

    public static string IntOutOfRange(string text) =>
        $"Int cannot represent non 32-bit signed integer value: {text}.";

    public static string LongOutOfRange(string text) =>
        $"Long cannot represent non 64-bit signed integer value: {text}.";

    public static string FloatNotFinite(string text) => $"Float cannot represent non-finite value: {text}.";

    public static string DateTimeInvalid(string text) =>
        $"DateTime cannot parse \"{text}\": expected an ISO-8601 date and time with an offset, e.g. 2024-01-31T08:00:00Z.";

    // ---- reasons (the part after the variable or argument) ----

    public static string NonNullIsNull(IType type) => $"Expected non-nullable type \"{type}\" not to be null.";

    public static string NotAnObject(InputObjectType type) => $"Expected type \"{type.Name}\" to be an object.";

    public static string RequiredFieldMissing(InputField field) =>
        $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.";

    public static string UnknownField(string field, InputObjectType type) =>
        $"Field \"{field}\" is not defined by type \"{type.Name}\".";

    public static string OneOfExactlyOne(InputObjectType type) =>
        $"Exactly one key must be specified for OneOf type \"{type.Name}\".";

    public static string OneOfFieldNull(string field, InputObjectType type) =>
        $"Field \"{type.Name}.{field}\" must be non-null.";

    public static string LeafInvalid(INamedType type, string detail) => $"Expected type \"{type.Name}\". {detail}";

    public static string EnumUnknownValue(string value, EnumType type) =>
        $"Value \"{value}\" does not exist in \"{type.Name}\" enum.";

    public static string EnumNotString(string json, EnumType type) =>
        $"Enum \"{type.Name}\" cannot represent non-string value: {json}.";

    public static string EnumNotEnumLiteral(EnumType type) =>
        $"Enum \"{type.Name}\" cannot represent a non-enum literal.";

    // ---- GraphQL errors ----

    public static GraphQLError VariablesNotAnObject() =>
        Error("Variables must be provided as a JSON object.", null, InvalidTypeCode);

    public static GraphQLError VariableNotInputType(VariableDefinitionNode node) =>
        Error(
            $"Variable \"${node.Variable.Name.Value}\" expected value of type \"{AstText.Print(node.Type)}\" which cannot be used as an input type.",
            node,
            NotInputTypeCode,
            node.Variable.Name.Value);

    public static GraphQLError VariableNotProvided(VariableDefinitionNode node, IType type) =>
        Error(
            $"Variable \"${node.Variable.Name.Value}\" of required type \"{type}\" was not provided.",
            node,
            NonNullViolationCode,
            node.Variable.Name.Value);

    public static GraphQLError VariableNull(VariableDefinitionNode node, IType type) =>
        Error(
            $"Variable \"${node.Variable.Name.Value}\" of non-null type \"{type}\" must not be null.",
            node,
            NonNullViolationCode,
            node.Variable.Name.Value);

    public static GraphQLError VariableInvalid(
        VariableDefinitionNode node, IReadOnlyList<object> path, string invalidJson, string reason, string code)
    {
        var builder = new StringBuilder();
        builder.Append("Variable \"$").Append(node.Variable.Name.Value).Append("\" got invalid value ").Append(invalidJson);
        if (path.Count > 0)
        {
            builder.Append(" at \"").Append(node.Variable.Name.Value);
            foreach (var segment in path)
            {
                builder.Append(segment is int index ? $"[{index.ToString(CultureInfo.InvariantCulture)}]" : "." + segment);
            }

            builder.Append('"');
        }

        builder.Append("; ").Append(reason);
        return Error(builder.ToString(), node, code, node.Variable.Name.Value);
    }

    public static GraphQLError ArgumentNotProvided(string argument, IType type, ISyntaxNode? node) =>
        Error($"Argument \"{argument}\" of required type \"{type}\" was not provided.", node, NonNullViolationCode);

    public static GraphQLError ArgumentNull(string argument, IType type, ISyntaxNode? node) =>
        Error($"Argument \"{argument}\" of non-null type \"{type}\" must not be null.", node, NonNullViolationCode);

    public static GraphQLError ArgumentVariableNull(string argument, string variable, IType type, ISyntaxNode? node) =>
        Error(
            $"Argument \"{argument}\" of non-null type \"{type}\" must not be null: variable \"${variable}\" is null.",
            node,
            NonNullViolationCode);

    public static GraphQLError ArgumentInvalid(string argument, IValueNode value, string reason, string code) =>
        Error($"Argument \"{argument}\" has invalid value {AstText.Print(value)}. {reason}", value, code);

    public static GraphQLError LiteralInvalid(IValueNode value, string reason, string code) =>
        Error($"Invalid value {AstText.Print(value)}. {reason}", value, code);

    private static GraphQLError Error(string message, ISyntaxNode? node, string code, string? variable = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (variable is not null)
        {
            extensions["variable"] = variable;
        }

        IReadOnlyList<SourceLocation>? locations = node?.Location is { } location ? [location.ToSourceLocation()] : null;
        return new GraphQLError(message, locations, extensions: extensions);
    }

    private static string Describe(IValueNode literal) => literal switch
    {
        NullValueNode => "null",
        VariableNode v => "$" + v.Name.Value,
        _ => AstText.Print(literal),
    };

    private static string Describe(object value) => value switch
    {
        string s => "\"" + s + "\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.GetType().Name,
    };
}

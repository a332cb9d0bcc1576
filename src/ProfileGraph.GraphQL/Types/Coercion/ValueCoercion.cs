using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types.Coercion;

/// <summary>
/// Input coercion (spec §6.1.2, §6.4.1, §3.10 "Input Coercion"). Runtime input values are: scalars as their CLR
/// value, enums as the value name, input objects as <c>IReadOnlyDictionary&lt;string, object?&gt;</c> (only fields
/// given or defaulted), lists as <c>IReadOnlyList&lt;object?&gt;</c>. A variable missing from a coerced variables
/// dictionary was not provided.
/// </summary>
public static partial class ValueCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    /// <summary>Coerces the arguments of a field (spec §6.4.1 "CoerceArgumentValues").</summary>
    /// <exception cref="GraphQLException">An argument is missing, null where not allowed, or invalid.</exception>
    public static Dictionary<string, object?> CoerceArgumentValues(
        OutputField field,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        ISyntaxNode? fieldNode = null) =>
        CoerceArgumentValues(field.Arguments, arguments, variables, fieldNode);

    /// <summary>Coerces the arguments of an applied directive (spec §6.4.1 applied to directives).</summary>
    /// <exception cref="GraphQLException">An argument is missing, null where not allowed, or invalid.</exception>
    public static Dictionary<string, object?> CoerceArgumentValues(
        DirectiveDefinition directive,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        ISyntaxNode? directiveNode = null) =>
        CoerceArgumentValues(directive.Arguments, arguments, variables, directiveNode);

    /// <summary>Coerces argument nodes against argument definitions (spec §6.4.1).</summary>
    /// <exception cref="GraphQLException">An argument is missing, null where not allowed, or invalid.</exception>
    public static Dictionary<string, object?> CoerceArgumentValues(
        IReadOnlyDictionary<string, InputField> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        ISyntaxNode? node = null)
    {
        variables ??= NoVariables;
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions.Values)
        {
            ArgumentNode? argument = null;
            foreach (var candidate in arguments)
            {
                if (candidate.Name.Value == definition.Name)
                {
                    argument = candidate;
                    break;
                }
            }

            var hasValue = argument is not null;
            object? variableValue = null;
            if (argument?.Value is VariableNode variable)
            {
                hasValue = variables.TryGetValue(variable.Name.Value, out variableValue);
            }

            if (!hasValue && definition.DefaultValue is not null)
            {
                coerced[definition.Name] = DefaultValue(definition);
                continue;
            }

            if (definition.Type is NonNullType && !hasValue)
            {
                throw new GraphQLException(CoercionErrors.ArgumentNotProvided(definition.Name, definition.Type, (ISyntaxNode?)argument ?? node));
            }

            if (!hasValue)
            {
                continue;
            }

            if (argument!.Value is VariableNode variableNode)
            {
                if (variableValue is null && definition.Type is NonNullType)
                {
                    throw new GraphQLException(CoercionErrors.ArgumentVariableNull(definition.Name, variableNode.Name.Value, definition.Type, argument));
                }

                coerced[definition.Name] = variableValue;
                continue;
            }

            if (argument.Value is NullValueNode && definition.Type is NonNullType)
            {
                throw new GraphQLException(CoercionErrors.ArgumentNull(definition.Name, definition.Type, argument));
            }

            if (!TryValueFromAst(argument.Value, definition.Type, variables, out var value, out var problem))
            {
                throw new GraphQLException(CoercionErrors.ArgumentInvalid(definition.Name, argument.Value, problem.Reason, problem.Code));
            }

            coerced[definition.Name] = value;
        }

        return coerced;
    }

    /// <summary>The coerced default value of an argument or input field.</summary>
    /// <exception cref="GraphQLException">The SDL default does not fit its type.</exception>
    internal static object? DefaultValue(InputField field)
    {
        if (field.CoercedDefault is { } cached)
        {
            return cached.Value;
        }

        if (!TryValueFromAst(field.DefaultValue!, field.Type, NoVariables, out var value, out var problem))
        {
            throw new GraphQLException(CoercionErrors.LiteralInvalid(field.DefaultValue!, problem.Reason, problem.Code));
        }

        // Runtime input values are read-only, so one coerced default can serve every request.
        field.CoercedDefault = new System.Runtime.CompilerServices.StrongBox<object?>(value);
        return value;
    }

    /// <summary>Why a value could not be coerced: the reason text and the error code.</summary>
    internal readonly record struct Problem(string Reason, string Code);
}

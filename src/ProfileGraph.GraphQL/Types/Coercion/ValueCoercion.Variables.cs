using System.Text.Json;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types.Coercion;

public static partial class ValueCoercion
{
    /// <summary>
    /// Coerces the request's variables for an operation (spec §6.1.2 "CoerceVariableValues"). Returns every error
    /// found (empty when all variables are valid); <paramref name="values"/> holds the variables given or defaulted.
    /// </summary>
    public static IReadOnlyList<GraphQLError> CoerceVariableValues(
        Schema schema,
        OperationDefinitionNode operation,
        JsonElement? variables,
        out IReadOnlyDictionary<string, object?> values)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = new List<GraphQLError>();
        values = coerced;

        var inputs = variables is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } given ? given : default(JsonElement?);
        if (inputs is { ValueKind: not JsonValueKind.Object })
        {
            errors.Add(CoercionErrors.VariablesNotAnObject());
            return errors;
        }

        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeExtensions.TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType())
            {
                errors.Add(CoercionErrors.VariableNotInputType(definition));
                continue;
            }

            JsonElement input = default;
            var hasValue = inputs is { } obj && obj.TryGetProperty(name, out input);
            if (!hasValue && definition.DefaultValue is not null)
            {
                if (TryValueFromAst(definition.DefaultValue, type, NoVariables, out var defaultValue, out var problem))
                {
                    coerced[name] = defaultValue;
                }
                else
                {
                    errors.Add(CoercionErrors.VariableInvalid(definition, [], AstText.Print(definition.DefaultValue), problem.Reason, problem.Code));
                }

                continue;
            }

            var isNull = hasValue && input.ValueKind == JsonValueKind.Null;
            if (type is NonNullType && (!hasValue || isNull))
            {
                errors.Add(hasValue ? CoercionErrors.VariableNull(definition, type) : CoercionErrors.VariableNotProvided(definition, type));
                continue;
            }

            if (!hasValue)
            {
                continue;
            }

            if (isNull)
            {
                coerced[name] = null;
                continue;
            }

            var path = new List<object>();
            var before = errors.Count;
            var value = CoerceInputValue(input, type, path, (p, invalid, problem) =>
                errors.Add(CoercionErrors.VariableInvalid(definition, p, invalid.GetRawText(), problem.Reason, problem.Code)));
            if (errors.Count == before)
            {
                coerced[name] = value;
            }
        }

        return errors;
    }

    /// <summary>
    /// Coerces one JSON value to a runtime value of <paramref name="type"/> (graphql-js <c>coerceInputValue</c>),
    /// returning the problems found (empty when valid).
    /// </summary>
    public static IReadOnlyList<string> CoerceInputValue(JsonElement input, IType type, out object? value)
    {
        var problems = new List<string>();
        value = CoerceInputValue(input, type, [], (_, _, problem) => problems.Add(problem.Reason));
        return problems;
    }

    private static object? CoerceInputValue(
        JsonElement input, IType type, List<object> path, Action<IReadOnlyList<object>, JsonElement, Problem> onError)
    {
        if (type is NonNullType nonNull)
        {
            if (input.ValueKind == JsonValueKind.Null)
            {
                onError(path.ToArray(), input, new Problem(CoercionErrors.NonNullIsNull(type), CoercionErrors.NonNullViolationCode));
                return null;
            }

            return CoerceInputValue(input, nonNull.OfType, path, onError);
        }

        if (input.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (input.ValueKind != JsonValueKind.Array)
                {
                    return new object?[] { CoerceInputValue(input, list.OfType, path, onError) };
                }

                var items = new object?[input.GetArrayLength()];
                var index = 0;
                foreach (var item in input.EnumerateArray())
                {
                    path.Add(index);
                    items[index++] = CoerceInputValue(item, list.OfType, path, onError);
                    path.RemoveAt(path.Count - 1);
                }

                return items;

            case InputObjectType inputObject:
                return CoerceInputObject(input, inputObject, path, onError);

            case EnumType enumType:
                if (input.ValueKind == JsonValueKind.String && enumType.GetValue(input.GetString()!) is { } enumValue)
                {
                    return enumValue.Name;
                }

                onError(
                    path.ToArray(),
                    input,
                    new Problem(
                        input.ValueKind == JsonValueKind.String
                            ? CoercionErrors.EnumUnknownValue(input.GetString()!, enumType)
                            : CoercionErrors.EnumNotString(input.GetRawText(), enumType),
                        CoercionErrors.InvalidTypeCode));
                return null;

            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(input);
                }
                catch (ScalarCoercionException ex)
                {
                    onError(path.ToArray(), input, new Problem(CoercionErrors.LeafInvalid(scalar, ex.Message), CoercionErrors.InvalidTypeCode));
                    return null;
                }

            default:
                onError(path.ToArray(), input, new Problem($"Type \"{type}\" is not an input type.", CoercionErrors.NotInputTypeCode));
                return null;
        }
    }

    private static Dictionary<string, object?>? CoerceInputObject(
        JsonElement input, InputObjectType type, List<object> path, Action<IReadOnlyList<object>, JsonElement, Problem> onError)
    {
        if (input.ValueKind != JsonValueKind.Object)
        {
            onError(path.ToArray(), input, new Problem(CoercionErrors.NotAnObject(type), CoercionErrors.InvalidTypeCode));
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!input.TryGetProperty(field.Name, out var fieldInput))
            {
                if (field.DefaultValue is not null)
                {
                    result[field.Name] = DefaultValue(field);
                }
                else if (field.Type is NonNullType)
                {
                    onError(path.ToArray(), input, new Problem(CoercionErrors.RequiredFieldMissing(field), CoercionErrors.NonNullViolationCode));
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = CoerceInputValue(fieldInput, field.Type, path, onError);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var property in input.EnumerateObject())
        {
            if (!type.Fields.ContainsKey(property.Name))
            {
                onError(path.ToArray(), input, new Problem(CoercionErrors.UnknownField(property.Name, type), CoercionErrors.InvalidTypeCode));
            }
        }

        if (type.IsOneOf)
        {
            var given = input.EnumerateObject().Count();
            if (given != 1)
            {
                onError(
                    path.ToArray(),
                    input,
                    new Problem(
                        CoercionErrors.OneOfExactlyOne(type),
                        given == 0 ? CoercionErrors.OneOfNoFieldCode : CoercionErrors.OneOfManyFieldsCode));
            }
            else
            {
                var only = input.EnumerateObject().First();
                if (only.Value.ValueKind == JsonValueKind.Null)
                {
                    onError(path.ToArray(), input, new Problem(CoercionErrors.OneOfFieldNull(only.Name, type), CoercionErrors.OneOfNullFieldCode));
                }
            }
        }

        return result;
    }
}

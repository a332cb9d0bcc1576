using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types.Coercion;

public static partial class ValueCoercion
{
    /// <summary>
    /// Coerces a literal (which may hold variables) to a runtime value of <paramref name="type"/>
    /// (graphql-js <c>valueFromAST</c>).
    /// </summary>
    /// <exception cref="GraphQLException">The literal is not a valid <paramref name="type"/>.</exception>
    public static object? ValueFromAst(IValueNode valueNode, IType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (!TryValueFromAst(valueNode, type, variables ?? NoVariables, out var value, out var problem))
        {
            throw new GraphQLException(CoercionErrors.LiteralInvalid(valueNode, problem.Reason, problem.Code));
        }

        return value;
    }

    /// <summary>Like <see cref="ValueFromAst"/>, returning false instead of throwing.</summary>
    public static bool TryValueFromAst(
        IValueNode valueNode, IType type, IReadOnlyDictionary<string, object?>? variables, out object? value) =>
        TryValueFromAst(valueNode, type, variables ?? NoVariables, out value, out _);

    internal static bool TryValueFromAst(
        IValueNode valueNode,
        IType type,
        IReadOnlyDictionary<string, object?> variables,
        out object? value,
        out Problem problem)
    {
        value = null;
        problem = default;

        if (valueNode is VariableNode variable)
        {
            // A missing variable is "no value": callers decide whether that means default, null or an error.
            if (!variables.TryGetValue(variable.Name.Value, out value))
            {
                problem = new Problem($"Variable \"${variable.Name.Value}\" was not provided.", CoercionErrors.NonNullViolationCode);
                return type is not NonNullType;
            }

            if (value is null && type is NonNullType)
            {
                problem = new Problem(CoercionErrors.NonNullIsNull(type), CoercionErrors.NonNullViolationCode);
                return false;
            }

            return true;
        }

        if (type is NonNullType nonNull)
        {
            if (valueNode is NullValueNode)
            {
                problem = new Problem(CoercionErrors.NonNullIsNull(type), CoercionErrors.NonNullViolationCode);
                return false;
            }

            return TryValueFromAst(valueNode, nonNull.OfType, variables, out value, out problem);
        }

        if (valueNode is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryListFromAst(valueNode, list, variables, out value, out problem);
            case InputObjectType inputObject:
                return TryInputObjectFromAst(valueNode, inputObject, variables, out value, out problem);
            case EnumType enumType:
                if (valueNode is EnumValueNode enumNode && enumType.GetValue(enumNode.Value) is { } enumValue)
                {
                    value = enumValue.Name;
                    return true;
                }

                problem = new Problem(
                    valueNode is EnumValueNode unknown
                        ? CoercionErrors.EnumUnknownValue(unknown.Value, enumType)
                        : CoercionErrors.EnumNotEnumLiteral(enumType),
                    CoercionErrors.InvalidTypeCode);
                return false;
            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(valueNode);
                    return true;
                }
                catch (ScalarCoercionException ex)
                {
                    problem = new Problem(CoercionErrors.LeafInvalid(scalar, ex.Message), CoercionErrors.InvalidTypeCode);
                    return false;
                }

            default:
                problem = new Problem($"Type \"{type}\" is not an input type.", CoercionErrors.NotInputTypeCode);
                return false;
        }
    }

    private static bool TryListFromAst(
        IValueNode valueNode, ListType list, IReadOnlyDictionary<string, object?> variables, out object? value, out Problem problem)
    {
        value = null;
        if (valueNode is not ListValueNode listNode)
        {
            // Input coercion of a single value where a list is expected: a list of one (spec §3.11).
            if (!TryValueFromAst(valueNode, list.OfType, variables, out var single, out problem))
            {
                return false;
            }

            value = new object?[] { single };
            return true;
        }

        var items = new object?[listNode.Values.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var itemNode = listNode.Values[i];
            if (itemNode is VariableNode itemVariable && !variables.ContainsKey(itemVariable.Name.Value))
            {
                // A missing variable inside a list is null there.
                if (list.OfType is NonNullType)
                {
                    problem = new Problem(CoercionErrors.NonNullIsNull(list.OfType), CoercionErrors.NonNullViolationCode);
                    return false;
                }

                continue;
            }

            if (!TryValueFromAst(itemNode, list.OfType, variables, out items[i], out problem))
            {
                return false;
            }
        }

        problem = default;
        value = items;
        return true;
    }

    private static bool TryInputObjectFromAst(
        IValueNode valueNode,
        InputObjectType type,
        IReadOnlyDictionary<string, object?> variables,
        out object? value,
        out Problem problem)
    {
        value = null;
        if (valueNode is not ObjectValueNode objectNode)
        {
            problem = new Problem(CoercionErrors.NotAnObject(type), CoercionErrors.InvalidTypeCode);
            return false;
        }

        foreach (var fieldNode in objectNode.Fields)
        {
            if (!type.Fields.ContainsKey(fieldNode.Name.Value))
            {
                problem = new Problem(CoercionErrors.UnknownField(fieldNode.Name.Value, type), CoercionErrors.InvalidTypeCode);
                return false;
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            IValueNode? fieldValue = null;
            foreach (var candidate in objectNode.Fields)
            {
                if (candidate.Name.Value == field.Name)
                {
                    fieldValue = candidate.Value;
                    break;
                }
            }

            if (fieldValue is null || (fieldValue is VariableNode v && !variables.ContainsKey(v.Name.Value)))
            {
                if (field.DefaultValue is not null)
                {
                    if (field.CoercedDefault is null
                        && !TryValueFromAst(field.DefaultValue, field.Type, NoVariables, out _, out problem))
                    {
                        return false;
                    }

                    result[field.Name] = DefaultValue(field);
                }
                else if (field.Type is NonNullType)
                {
                    problem = new Problem(CoercionErrors.RequiredFieldMissing(field), CoercionErrors.NonNullViolationCode);
                    return false;
                }

                continue;
            }

            if (!TryValueFromAst(fieldValue, field.Type, variables, out var fieldResult, out problem))
            {
                return false;
            }

            result[field.Name] = fieldResult;
        }

        if (type.IsOneOf && !TryCheckOneOf(type, result, out problem))
        {
            return false;
        }

        problem = default;
        value = result;
        return true;
    }

    private static bool TryCheckOneOf(InputObjectType type, Dictionary<string, object?> result, out Problem problem)
    {
        problem = default;
        if (result.Count != 1)
        {
            problem = new Problem(
                CoercionErrors.OneOfExactlyOne(type),
                result.Count == 0 ? CoercionErrors.OneOfNoFieldCode : CoercionErrors.OneOfManyFieldsCode);
            return false;
        }

        foreach (var (name, fieldValue) in result)
        {
            if (fieldValue is null)
            {
                problem = new Problem(CoercionErrors.OneOfFieldNull(name, type), CoercionErrors.OneOfNullFieldCode);
                return false;
            }
        }

        return true;
    }
}

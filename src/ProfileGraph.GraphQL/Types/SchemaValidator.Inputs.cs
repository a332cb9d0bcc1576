using ProfileGraph.GraphQL.Types.Coercion;

namespace ProfileGraph.GraphQL.Types;

internal static partial class SchemaValidator
{
    private static void ValidateEnum(EnumType type, List<string> errors)
    {
        if (type.Values.Count == 0)
        {
            errors.Add($"Enum type {type.Name} must define one or more values.");
        }

        foreach (var value in type.Values)
        {
            ValidateName(value.Name, $"{type.Name}.{value.Name}", errors);
            if (value.Name is "true" or "false" or "null")
            {
                errors.Add($"Enum type {type.Name} cannot include value: {value.Name}.");
            }
        }
    }

    private static void ValidateInputObject(InputObjectType type, List<string> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Input Object type {type.Name} must define one or more fields.");
        }

        foreach (var field in type.Fields.Values)
        {
            var coordinate = $"{type.Name}.{field.Name}";
            ValidateName(field.Name, coordinate, errors);
            if (!field.Type.IsInputType())
            {
                errors.Add($"The type of {coordinate} must be Input Type but got: {field.Type}.");
            }

            if (field.IsDeprecated && field.Type is NonNullType && !field.HasDefaultValue)
            {
                errors.Add($"Required input field {coordinate} cannot be deprecated.");
            }

            if (type.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    errors.Add($"OneOf input field {coordinate} must be nullable.");
                }

                if (field.HasDefaultValue)
                {
                    errors.Add($"OneOf input field {coordinate} cannot have a default value.");
                }
            }
        }
    }

    /// <summary>Spec §3.10: an input object must not reach itself through non-null, non-list fields only.</summary>
    private static void ValidateInputCycles(Schema schema, List<string> errors)
    {
        var visited = new HashSet<InputObjectType>();
        foreach (var type in schema.Types.Values.OfType<InputObjectType>())
        {
            var path = new List<InputField>();
            var onPath = new Dictionary<InputObjectType, int>();
            Visit(type, visited, path, onPath, errors);
        }
    }

    private static void Visit(
        InputObjectType type,
        HashSet<InputObjectType> visited,
        List<InputField> path,
        Dictionary<InputObjectType, int> onPath,
        List<string> errors)
    {
        if (!visited.Add(type))
        {
            return;
        }

        onPath[type] = path.Count;
        foreach (var field in type.Fields.Values)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
            {
                continue;
            }

            path.Add(field);
            if (onPath.TryGetValue(fieldType, out var start))
            {
                var cycle = string.Join(".", path.Skip(start).Select(f => f.Name));
                errors.Add($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{cycle}\".");
            }
            else
            {
                Visit(fieldType, visited, path, onPath, errors);
            }

            path.RemoveAt(path.Count - 1);
        }

        onPath.Remove(type);
    }

    private static void ValidateDefaultValue(string coordinate, InputField field, List<string> errors)
    {
        if (field.DefaultValue is not null
            && field.Type.IsInputType()
            && !ValueCoercion.TryValueFromAst(field.DefaultValue, field.Type, null, out _))
        {
            errors.Add($"Default value {AstText.Print(field.DefaultValue)} of {coordinate} is not a valid {field.Type}.");
        }
    }
}

namespace ProfileGraph.GraphQL.Types;

internal static partial class SchemaValidator
{
    private static void ValidateFields(Schema schema, ComplexType type, List<string> errors)
    {
        var fields = type.Fields.Values.Where(f => !f.IsMetaField).ToArray();
        if (fields.Length == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var field in fields)
        {
            ValidateName(field.Name, field.Coordinate, errors);
            if (!field.Type.IsOutputType())
            {
                errors.Add($"The type of {field.Coordinate} must be Output Type but got: {field.Type}.");
            }

            foreach (var argument in field.Arguments.Values)
            {
                ValidateArgument($"{field.Coordinate}({argument.Name}:)", argument, errors);
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, ComplexType type, List<string> errors)
    {
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            // Spec §3.7 "IsValidImplementation": the interface's own interfaces must be declared too.
            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Implements(transitive) && !ReferenceEquals(transitive, type))
                {
                    errors.Add($"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
                }
                else if (ReferenceEquals(transitive, type))
                {
                    errors.Add($"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference.");
                }
            }

            ValidateImplementationFields(schema, type, iface, errors);
        }
    }

    private static void ValidateImplementationFields(Schema schema, ComplexType type, InterfaceType iface, List<string> errors)
    {
        foreach (var ifaceField in iface.Fields.Values.Where(f => !f.IsMetaField))
        {
            var field = type.GetField(ifaceField.Name);
            if (field is null)
            {
                errors.Add($"Interface field {ifaceField.Coordinate} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!TypeExtensions.IsTypeSubTypeOf(schema, field.Type, ifaceField.Type))
            {
                errors.Add($"Interface field {ifaceField.Coordinate} expects type {ifaceField.Type} but {field.Coordinate} is type {field.Type}.");
            }

            foreach (var ifaceArgument in ifaceField.Arguments.Values)
            {
                if (!field.Arguments.TryGetValue(ifaceArgument.Name, out var argument))
                {
                    errors.Add($"Interface field argument {ifaceField.Coordinate}({ifaceArgument.Name}:) expected but {field.Coordinate} does not provide it.");
                }
                else if (!TypeExtensions.IsEqualType(ifaceArgument.Type, argument.Type))
                {
                    errors.Add($"Interface field argument {ifaceField.Coordinate}({ifaceArgument.Name}:) expects type {ifaceArgument.Type} but {field.Coordinate}({argument.Name}:) is type {argument.Type}.");
                }
            }

            foreach (var argument in field.Arguments.Values)
            {
                if (!ifaceField.Arguments.ContainsKey(argument.Name) && argument.Type is NonNullType && !argument.HasDefaultValue)
                {
                    errors.Add($"Argument {field.Coordinate}({argument.Name}:) must not be required type {argument.Type} if not provided by the Interface field {ifaceField.Coordinate}.");
                }
            }
        }
    }
}

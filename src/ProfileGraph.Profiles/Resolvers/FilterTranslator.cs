using ProfileGraph.Data;
using ProfileGraph.Profiles.Properties;
using ProfileGraph.Profiles.Schema;

namespace ProfileGraph.Profiles.Resolvers;

/// <summary>
/// Translates a coerced <c>ProfileFilterInput</c> (HotChocolate's filter shape) into the store's filter
/// model. Paths come from this mapping and the declarations, never from client text.
/// </summary>
internal sealed class FilterTranslator(PropertyDeclarations declarations)
{
    private static readonly Dictionary<string, string> MetaPaths = new(StringComparer.Ordinal)
    {
        ["profileId"] = "id",
        ["createdAt"] = "createdAt",
        ["updatedAt"] = "updatedAt",
        ["version"] = "version",
        ["propertiesSize"] = "propertiesSize",
    };

    private static readonly HashSet<string> NestedObjects = new(StringComparer.Ordinal) { "identities", "contacts", "account", "properties" };

    private static readonly HashSet<string> ListFields = new(StringComparer.Ordinal) { "groups", "identities.anonymousIds", "identities.registrationIds" };

    /// <summary>The filter, or null when <paramref name="where"/> is null or empty.</summary>
    public Filter? Translate(IReadOnlyDictionary<string, object?>? where) => where is null ? null : Object(where, prefix: "");

    private Filter? Object(IReadOnlyDictionary<string, object?> input, string prefix)
    {
        var parts = new List<Filter>();
        foreach (var (name, value) in input)
        {
            if (name is "and" or "or")
            {
                var operands = Items(value).Select(item => Object(Dict(item, name), prefix) ?? Filter.And()).ToArray();
                if (operands.Length > 0)
                {
                    parts.Add(name == "and" ? Filter.And(operands) : Filter.Or(operands));
                }

                continue;
            }

            var path = prefix.Length == 0 && MetaPaths.TryGetValue(name, out var meta) ? meta : prefix + name;
            if (value is null)
            {
                throw ResolverErrors.InvalidArgument($"The filter field '{path}' must not be null.");
            }

            var operations = Dict(value, name);
            if (prefix.Length == 0 && name == "devices")
            {
                AddIfAny(parts, DeviceListOperations(operations));
            }
            else if (prefix.Length == 0 && NestedObjects.Contains(name))
            {
                AddIfAny(parts, Object(operations, name + "."));
            }
            else if (IsList(path))
            {
                AddIfAny(parts, ListOperations(operations, path));
            }
            else
            {
                AddIfAny(parts, ScalarOperations(operations, path, OperationTypeName(path)));
            }
        }

        return Combine(parts);
    }

    private bool IsList(string path) =>
        ListFields.Contains(path)
        || (path.StartsWith(ProfileDocumentSchema.PropertiesPath + ".", StringComparison.Ordinal)
            && declarations.Find(path[(ProfileDocumentSchema.PropertiesPath.Length + 1)..]) is { IsList: true });

    private static Filter? ListOperations(IReadOnlyDictionary<string, object?> operations, string path)
    {
        var parts = new List<Filter>();
        foreach (var (op, value) in operations)
        {
            if (value is null)
            {
                throw ResolverErrors.NullNotSupported(op, "ListOperationFilterInput");
            }

            switch (op)
            {
                case "any":
                    parts.Add(Filter.Any(path, (bool)value));
                    break;
                case "some" or "all" or "none":
                    var item = ScalarOperations(Dict(value, op), "", "OperationFilterInput") ?? Filter.And();
                    parts.Add(op switch { "some" => Filter.Some(path, item), "all" => Filter.All(path, item), _ => Filter.None(path, item) });
                    break;
                default:
                    throw ResolverErrors.InvalidArgument($"Unknown list operation '{op}'.");
            }
        }

        return Combine(parts);
    }

    // ListFilterInputTypeOfDeviceFilterInput: the item filter's paths are fields of one device.
    private static Filter? DeviceListOperations(IReadOnlyDictionary<string, object?> operations)
    {
        var parts = new List<Filter>();
        foreach (var (op, value) in operations)
        {
            if (value is null)
            {
                throw ResolverErrors.NullNotSupported(op, "ListFilterInputTypeOfDeviceFilterInput");
            }

            var path = ProfileDocumentSchema.DevicesPath;
            switch (op)
            {
                case "any":
                    parts.Add(Filter.Any(path, (bool)value));
                    break;
                case "some" or "all" or "none":
                    var item = DeviceObject(Dict(value, op)) ?? Filter.And();
                    parts.Add(op switch { "some" => Filter.Some(path, item), "all" => Filter.All(path, item), _ => Filter.None(path, item) });
                    break;
                default:
                    throw ResolverErrors.InvalidArgument($"Unknown list operation '{op}'.");
            }
        }

        return Combine(parts);
    }

    private static Filter? DeviceObject(IReadOnlyDictionary<string, object?> input)
    {
        var parts = new List<Filter>();
        foreach (var (name, value) in input)
        {
            if (name is "and" or "or")
            {
                var operands = Items(value).Select(item => DeviceObject(Dict(item, name)) ?? Filter.And()).ToArray();
                if (operands.Length > 0)
                {
                    parts.Add(name == "and" ? Filter.And(operands) : Filter.Or(operands));
                }

                continue;
            }

            if (!ProfileDocumentSchema.DeviceFields.Any(f => f.Name == name))
            {
                throw ResolverErrors.InvalidArgument($"Unknown device filter field '{name}'.");
            }

            if (value is null)
            {
                throw ResolverErrors.InvalidArgument($"The filter field 'devices.{name}' must not be null.");
            }

            var typeName = name == "lastActive" ? "DateTimeOperationFilterInput" : "StringOperationFilterInput";
            AddIfAny(parts, ScalarOperations(Dict(value, name), name, typeName));
        }

        return Combine(parts);
    }

    private static Filter? ScalarOperations(IReadOnlyDictionary<string, object?> operations, string path, string typeName)
    {
        var parts = new List<Filter>();
        foreach (var (op, value) in operations)
        {
            switch (op)
            {
                case "and" or "or":
                    var operands = Items(value).Select(item => ScalarOperations(Dict(item, op), path, typeName) ?? Filter.And()).ToArray();
                    if (operands.Length > 0)
                    {
                        parts.Add(op == "and" ? Filter.And(operands) : Filter.Or(operands));
                    }

                    break;
                case "eq":
                    parts.Add(Filter.Eq(path, value));
                    break;
                case "neq":
                    parts.Add(Filter.Neq(path, value));
                    break;
                case "in" or "nin":
                    if (value is null)
                    {
                        throw ResolverErrors.NullNotSupported(op, typeName);
                    }

                    var values = Items(value).ToArray();
                    parts.Add(op == "in" ? Filter.In(path, values) : Filter.Nin(path, values));
                    break;
                default:
                    parts.Add(Comparison(op, path, value ?? throw ResolverErrors.NullNotSupported(op, typeName)));
                    break;
            }
        }

        return Combine(parts);
    }

    private static Filter Comparison(string op, string path, object value) => op switch
    {
        "gt" => Filter.Gt(path, value),
        "ngt" => Filter.Not(Filter.Gt(path, value)),
        "gte" => Filter.Gte(path, value),
        "ngte" => Filter.Not(Filter.Gte(path, value)),
        "lt" => Filter.Lt(path, value),
        "nlt" => Filter.Not(Filter.Lt(path, value)),
        "lte" => Filter.Lte(path, value),
        "nlte" => Filter.Not(Filter.Lte(path, value)),
        "contains" => Filter.Contains(path, (string)value),
        "ncontains" => Filter.NContains(path, (string)value),
        "startsWith" => Filter.StartsWith(path, (string)value),
        "nstartsWith" => Filter.NStartsWith(path, (string)value),
        "endsWith" => Filter.EndsWith(path, (string)value),
        "nendsWith" => Filter.NEndsWith(path, (string)value),
        _ => throw ResolverErrors.InvalidArgument($"Unknown filter operation '{op}'."),
    };

    private string OperationTypeName(string path) => path switch
    {
        "version" => "LongOperationFilterInput",
        "createdAt" or "updatedAt" => "DateTimeOperationFilterInput",
        "propertiesSize" => "IntOperationFilterInput",
        "gender" => "GenderOperationFilterInput",
        "account.phoneVerified" => "BooleanOperationFilterInput",
        _ when path.StartsWith("properties.", StringComparison.Ordinal) && declarations.Find(path[11..]) is { } d => PropertyInputsSdl.OperationInputName(d),
        _ => "StringOperationFilterInput",
    };

    private static void AddIfAny(List<Filter> parts, Filter? filter)
    {
        if (filter is not null)
        {
            parts.Add(filter);
        }
    }

    private static Filter? Combine(List<Filter> parts) => parts.Count switch
    {
        0 => null,
        1 => parts[0],
        _ => Filter.And([.. parts]),
    };

    private static IEnumerable<object?> Items(object? value) => value as IEnumerable<object?> ?? (value is null ? [] : [value]);

    private static IReadOnlyDictionary<string, object?> Dict(object? value, string name) =>
        value as IReadOnlyDictionary<string, object?> ?? throw ResolverErrors.InvalidArgument($"The filter field '{name}' must be an object.");
}

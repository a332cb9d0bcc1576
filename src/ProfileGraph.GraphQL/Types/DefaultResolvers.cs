using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// The default field resolver (spec §6.4.2): reads a field by name from the parent value, and the default rule for
/// finding a runtime value's object type.
/// </summary>
public static class DefaultResolvers
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, Func<object, object?>>> Accessors = new();

    /// <summary>
    /// Reads <paramref name="fieldName"/> from <paramref name="parent"/>: an entry of a
    /// <c>IReadOnlyDictionary&lt;string, object?&gt;</c>, a property of a JSON object (JSON null becomes null), or a
    /// public instance property of a CLR object matched case-insensitively. Returns null when there is none.
    /// </summary>
    public static object? Resolve(object? parent, string fieldName)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out var entry) ? entry : null;
            case JsonElement { ValueKind: JsonValueKind.Object } json:
                return json.TryGetProperty(fieldName, out var property)
                    && property.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                        ? property
                        : null;
            case JsonElement:
                return null;
            default:
                var accessors = Accessors.GetOrAdd(parent.GetType(), CreateAccessors);
                return accessors.TryGetValue(fieldName, out var accessor) ? accessor(parent) : null;
        }
    }

    /// <summary>
    /// The GraphQL type name a runtime value states: a <c>__typename</c> dictionary entry or JSON property, else
    /// the CLR type's name.
    /// </summary>
    public static string? GetTypeName(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> dictionary =>
            dictionary.TryGetValue("__typename", out var name) ? name as string : null,
        JsonElement { ValueKind: JsonValueKind.Object } json =>
            json.TryGetProperty("__typename", out var name) && name.ValueKind == JsonValueKind.String
                ? name.GetString()
                : null,
        JsonElement => null,
        _ => value.GetType().Name,
    };

    private static Dictionary<string, Func<object, object?>> CreateAccessors(Type type)
    {
        var accessors = new Dictionary<string, Func<object, object?>>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.GetMethod is not null)
            {
                // The first declaration wins when a derived type hides a property with `new`.
                accessors.TryAdd(property.Name, CompileGetter(type, property));
            }
        }

        return accessors;
    }

    // A compiled getter avoids reflection's per-call cost on hot paths (one call per field per object).
    private static Func<object, object?> CompileGetter(Type type, PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var body = Expression.Convert(Expression.Property(Expression.Convert(target, type), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, target).Compile();
    }
}

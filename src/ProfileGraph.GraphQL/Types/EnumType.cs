using System.Text;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>An enum type (spec §3.9 "Enums"). Runtime input values are the value names (strings).</summary>
public sealed class EnumType : INamedType
{
    private readonly OrderedDictionary<string, EnumValue> _values = new(StringComparer.Ordinal);
    private readonly List<DirectiveNode> _directives = [];

    internal EnumType(string name, string? description = null)
    {
        Name = name;
        Description = description;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string? Description { get; }

    /// <inheritdoc />
    public TypeKind Kind => TypeKind.Enum;

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives => _directives;

    /// <summary>The values, in declaration order.</summary>
    public IReadOnlyList<EnumValue> Values => _values.Values;

    /// <summary>Finds a value by its exact name, or null.</summary>
    public EnumValue? GetValue(string name) => _values.GetValueOrDefault(name);

    /// <summary>
    /// Result coercion (spec §3.9): maps a resolver's value to a value name. Accepts the name itself, a
    /// <see cref="System.Text.Json.JsonElement"/> string, or a CLR enum member whose name in
    /// UPPER_SNAKE_CASE (HotChocolate's naming, e.g. <c>NewHope</c> → <c>NEW_HOPE</c>) or as written matches.
    /// Returns null when the value has no matching enum value.
    /// </summary>
    public EnumValue? Serialize(object value)
    {
        switch (value)
        {
            case string s:
                return GetValue(s);
            case System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } e:
                return GetValue(e.GetString()!);
            case Enum e:
                var clrName = e.ToString();
                return GetValue(ToUpperSnakeCase(clrName)) ?? GetValue(clrName);
            default:
                return null;
        }
    }

    internal bool TryAddValue(EnumValue value) => _values.TryAdd(value.Name, value);

    internal void AddDirectives(IEnumerable<DirectiveNode> directives) => _directives.AddRange(directives);

    /// <summary>Converts a PascalCase CLR name to UPPER_SNAKE_CASE, the way HotChocolate names enum values.</summary>
    internal static string ToUpperSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1])
                || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}

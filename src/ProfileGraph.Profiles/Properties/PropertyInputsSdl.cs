using System.Text;

namespace ProfileGraph.Profiles.Properties;

/// <summary>
/// Writes the SDL that follows from the declared custom properties, in HotChocolate's shapes:
/// <c>ProfilePropertiesFilterInput</c> (and/or plus one operation input per property),
/// <c>ProfilePropertiesSortInput</c> (non-list properties only), and any operation input type the
/// declarations need that the contract does not already define.
/// </summary>
internal static class PropertyInputsSdl
{
    public const string FilterInputName = "ProfilePropertiesFilterInput";
    public const string SortInputName = "ProfilePropertiesSortInput";
    private const string Cost10 = " @cost(weight: \"10\")";
    private const string Cost20 = " @cost(weight: \"20\")";

    /// <summary>
    /// Generates the inputs. <paramref name="definedTypes"/> are the type names the other schema files
    /// define; operation inputs among them are not written again.
    /// </summary>
    public static string Generate(PropertyDeclarations declarations, IReadOnlySet<string> definedTypes)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        ArgumentNullException.ThrowIfNull(definedTypes);
        if (!declarations.All.Any(d => !d.IsList))
        {
            throw new FormatException($"{PropertyDeclarations.TypeName} must declare at least one property that is not a list, so that it can be sorted on.");
        }

        var sdl = new StringBuilder();
        sdl.Append("input ").Append(FilterInputName).Append(" {\n");
        sdl.Append("  and: [").Append(FilterInputName).Append("!]\n");
        sdl.Append("  or: [").Append(FilterInputName).Append("!]\n");
        foreach (var declaration in declarations.All)
        {
            sdl.Append("  ").Append(declaration.Name).Append(": ").Append(OperationInputName(declaration)).Append('\n');
        }

        sdl.Append("}\n\ninput ").Append(SortInputName).Append(" {\n");
        foreach (var declaration in declarations.All.Where(d => !d.IsList))
        {
            sdl.Append("  ").Append(declaration.Name).Append(": SortEnumType").Append(Cost10).Append('\n');
        }

        sdl.Append("}\n");

        var needed = declarations.All
            .SelectMany(d => d.IsList ? [OperationInputName(d), ScalarOperationInputName(d.Scalar)] : new[] { OperationInputName(d) })
            .Distinct(StringComparer.Ordinal)
            .Where(name => !definedTypes.Contains(name))
            .Order(StringComparer.Ordinal);
        foreach (var name in needed)
        {
            sdl.Append('\n').Append(OperationInput(name));
        }

        return sdl.ToString();
    }

    /// <summary>The filter operation input of a declared property, e.g. <c>IntOperationFilterInput</c>, <c>ListStringOperationFilterInput</c>.</summary>
    public static string OperationInputName(PropertyDeclaration declaration) =>
        declaration.IsList ? $"List{declaration.Scalar}OperationFilterInput" : ScalarOperationInputName(declaration.Scalar);

    private static string ScalarOperationInputName(PropertyScalar scalar) => $"{scalar}OperationFilterInput";

    private static string OperationInput(string name)
    {
        var scalar = Enum.GetValues<PropertyScalar>().First(s => name == ScalarOperationInputName(s) || name == $"List{s}OperationFilterInput");
        var body = new StringBuilder();
        body.Append("input ").Append(name).Append(" {\n");
        if (name.StartsWith("List", StringComparison.Ordinal))
        {
            var item = ScalarOperationInputName(scalar);
            foreach (var op in new[] { "all", "none", "some" })
            {
                body.Append("  ").Append(op).Append(": ").Append(item).Append(Cost10).Append('\n');
            }

            body.Append("  any: Boolean").Append(Cost10).Append('\n');
        }
        else if (scalar == PropertyScalar.Boolean)
        {
            body.Append("  eq: Boolean").Append(Cost10).Append("\n  neq: Boolean").Append(Cost10).Append('\n');
        }
        else if (scalar == PropertyScalar.String)
        {
            body.Append("  and: [").Append(name).Append("!]\n  or: [").Append(name).Append("!]\n");
            foreach (var (op, type, cost) in new[]
            {
                ("eq", "String", Cost10), ("neq", "String", Cost10), ("contains", "String", Cost20), ("ncontains", "String", Cost20),
                ("in", "[String]", Cost10), ("nin", "[String]", Cost10), ("startsWith", "String", Cost20), ("nstartsWith", "String", Cost20),
                ("endsWith", "String", Cost20), ("nendsWith", "String", Cost20),
            })
            {
                body.Append("  ").Append(op).Append(": ").Append(type).Append(cost).Append('\n');
            }
        }
        else
        {
            var graphQLScalar = scalar.ToString();
            foreach (var op in new[] { "eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte" })
            {
                var type = op is "in" or "nin" ? $"[{graphQLScalar}]" : graphQLScalar;
                body.Append("  ").Append(op).Append(": ").Append(type).Append(Cost10).Append('\n');
            }
        }

        return body.Append("}\n").ToString();
    }
}

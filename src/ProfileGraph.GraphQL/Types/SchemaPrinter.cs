using System.Text;
using ProfileGraph.GraphQL.Introspection;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types.Scalars;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL in HotChocolate v15's layout: the <c>schema {}</c> block first, then, each group sorted
/// by name, interfaces, object types, unions, input objects, enums, directive definitions and scalars. The
/// specification scalars, built-in directives, introspection types and meta fields are left out.
/// </summary>
public static partial class SchemaPrinter
{
    /// <summary>Prints <paramref name="schema"/>; definitions are separated by a blank line.</summary>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var blocks = new List<string> { PrintSchemaDefinition(schema) };
        var types = schema.Types.Values
            .Where(t => !IntrospectionSchema.IsIntrospectionType(t.Name) && !(t is ScalarType && BuiltInScalars.IsSpecified(t.Name)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();

        blocks.AddRange(types.OfType<InterfaceType>().Select(PrintComplexType));
        blocks.AddRange(types.OfType<ObjectType>().Select(PrintComplexType));
        blocks.AddRange(types.OfType<UnionType>().Select(PrintUnion));
        blocks.AddRange(types.OfType<InputObjectType>().Select(PrintInputObject));
        blocks.AddRange(types.OfType<EnumType>().Select(PrintEnum));
        blocks.AddRange(schema.Directives.Where(d => !d.IsBuiltIn).OrderBy(d => d.Name, StringComparer.Ordinal).Select(PrintDirectiveDefinition));
        blocks.AddRange(types.OfType<ScalarType>().Select(PrintScalar));
        return string.Join("\n\n", blocks);
    }

    private static string PrintSchemaDefinition(Schema schema)
    {
        var builder = new StringBuilder();
        AppendDescription(builder, schema.Description, string.Empty);
        builder.Append("schema").Append(Directives(schema.AppliedDirectives)).Append(" {\n");
        builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is not null)
        {
            builder.Append("  mutation: ").Append(schema.MutationType.Name).Append('\n');
        }

        if (schema.SubscriptionType is not null)
        {
            builder.Append("  subscription: ").Append(schema.SubscriptionType.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static string PrintComplexType(ComplexType type)
    {
        var builder = new StringBuilder();
        AppendDescription(builder, type.Description, string.Empty);
        builder.Append(type is ObjectType ? "type " : "interface ").Append(type.Name);
        if (type.Interfaces.Count > 0)
        {
            builder.Append(" implements ").Append(string.Join(" & ", type.Interfaces.Select(i => i.Name)));
        }

        builder.Append(Directives(type.Directives)).Append(" {\n");
        foreach (var field in type.Fields.Values.Where(f => !f.IsIntrospection))
        {
            AppendDescription(builder, field.Description, "  ");
            builder.Append("  ").Append(field.Name);
            if (field.Arguments.Count > 0)
            {
                builder.Append('(').Append(string.Join(" ", field.Arguments.Values.Select(PrintInputValue))).Append(')');
            }

            builder.Append(": ").Append(field.Type).Append(Directives(field.Directives)).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static string PrintUnion(UnionType type)
    {
        var builder = new StringBuilder();
        AppendDescription(builder, type.Description, string.Empty);
        return builder.Append("union ").Append(type.Name).Append(Directives(type.Directives))
            .Append(" = ").Append(string.Join(" | ", type.Types.Select(t => t.Name))).ToString();
    }

    private static string PrintInputObject(InputObjectType type)
    {
        var builder = new StringBuilder();
        AppendDescription(builder, type.Description, string.Empty);
        builder.Append("input ").Append(type.Name).Append(Directives(type.Directives)).Append(" {\n");
        foreach (var field in type.Fields.Values)
        {
            AppendDescription(builder, field.Description, "  ");
            builder.Append("  ").Append(PrintInputValue(field, withDescription: false)).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static string PrintEnum(EnumType type)
    {
        var builder = new StringBuilder();
        AppendDescription(builder, type.Description, string.Empty);
        builder.Append("enum ").Append(type.Name).Append(Directives(type.Directives)).Append(" {\n");
        foreach (var value in type.Values)
        {
            AppendDescription(builder, value.Description, "  ");
            builder.Append("  ").Append(value.Name).Append(Directives(value.Directives)).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static string PrintDirectiveDefinition(DirectiveDefinition directive)
    {
        var builder = new StringBuilder();
        AppendDescription(builder, directive.Description, string.Empty);
        builder.Append("directive @").Append(directive.Name);
        if (directive.Arguments.Count > 0)
        {
            builder.Append('(').Append(string.Join(" ", directive.Arguments.Values.Select(PrintInputValue))).Append(')');
        }

        if (directive.IsRepeatable)
        {
            builder.Append(" repeatable");
        }

        return builder.Append(" on ")
            .Append(string.Join(" | ", directive.Locations.Select(IntrospectionResolvers.LocationName)))
            .ToString();
    }

    private static string PrintScalar(ScalarType type)
    {
        var builder = new StringBuilder();
        AppendDescription(builder, type.Description, string.Empty);
        builder.Append("scalar ").Append(type.Name);
        if (type.SpecifiedByUrl is not null)
        {
            builder.Append(" @specifiedBy(url: ").Append(Printer.Print(new StringValueNode(type.SpecifiedByUrl))).Append(')');
        }

        return builder.Append(Directives(type.Directives.Where(d => d.Name.Value != "specifiedBy"))).ToString();
    }

    private static string PrintInputValue(InputField value) => PrintInputValue(value, withDescription: true);

    private static string PrintInputValue(InputField value, bool withDescription)
    {
        var text = value.Name + ": " + value.Type;
        if (value.DefaultValue is not null)
        {
            text += " = " + PrintValue(value.DefaultValue);
        }

        text += Directives(value.Directives);
        return withDescription && value.Description is not null
            ? Printer.Print(new StringValueNode(value.Description)) + " " + text
            : text;
    }

    private static void AppendDescription(StringBuilder builder, string? description, string indent)
    {
        if (description is null)
        {
            return;
        }

        var literal = description.Contains('\n', StringComparison.Ordinal)
            ? BlockStringValue.Print(description)
            : Printer.Print(new StringValueNode(description));
        foreach (var line in literal.Split('\n'))
        {
            builder.Append(line.Length == 0 ? string.Empty : indent).Append(line).Append('\n');
        }
    }
}

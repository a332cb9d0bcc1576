using System.Text.Json;
using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types.Coercion;

namespace ProfileGraph.GraphQL.Types.Scalars;

/// <summary>Converts between GraphQL value literals and JSON values, for scalars that hold arbitrary JSON.</summary>
internal static class JsonLiterals
{
    /// <summary>Writes a (variable-free) literal as JSON and returns it as a detached element.</summary>
    public static JsonElement ToJsonElement(IValueNode literal, string scalarName)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(literal, writer, scalarName);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>Turns a JSON value into the equivalent GraphQL literal.</summary>
    public static IValueNode ToLiteral(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new ObjectValueNode(
            [.. element.EnumerateObject().Select(p => new ObjectFieldNode(new NameNode(p.Name), ToLiteral(p.Value)))]),
        JsonValueKind.Array => new ListValueNode([.. element.EnumerateArray().Select(ToLiteral)]),
        JsonValueKind.String => new StringValueNode(element.GetString()!),
        JsonValueKind.Number => IsIntegerText(element.GetRawText())
            ? new IntValueNode(element.GetRawText())
            : new FloatValueNode(element.GetRawText()),
        JsonValueKind.True => new BooleanValueNode(true),
        JsonValueKind.False => new BooleanValueNode(false),
        _ => new NullValueNode(),
    };

    private static bool IsIntegerText(string text) => !text.AsSpan().ContainsAny(".eE");

    private static void Write(IValueNode literal, Utf8JsonWriter writer, string scalarName)
    {
        switch (literal)
        {
            case ObjectValueNode obj:
                writer.WriteStartObject();
                foreach (var field in obj.Fields)
                {
                    writer.WritePropertyName(field.Name.Value);
                    Write(field.Value, writer, scalarName);
                }

                writer.WriteEndObject();
                break;
            case ListValueNode list:
                writer.WriteStartArray();
                foreach (var item in list.Values)
                {
                    Write(item, writer, scalarName);
                }

                writer.WriteEndArray();
                break;
            case StringValueNode s:
                writer.WriteStringValue(s.Value);
                break;
            case IntValueNode i:
                writer.WriteRawValue(i.Value);
                break;
            case FloatValueNode f:
                writer.WriteRawValue(f.Value);
                break;
            case BooleanValueNode b:
                writer.WriteBooleanValue(b.Value);
                break;
            case NullValueNode:
                writer.WriteNullValue();
                break;
            case EnumValueNode e:
                // An enum literal inside free-form JSON can only mean its name.
                writer.WriteStringValue(e.Value);
                break;
            default:
                throw new ScalarCoercionException(CoercionErrors.ScalarCannotParseLiteral(scalarName, literal));
        }
    }
}

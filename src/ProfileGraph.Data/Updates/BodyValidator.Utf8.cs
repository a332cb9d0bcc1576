using System.Text.Json;
using System.Text.Json.Nodes;
using ProfileGraph.Data.Sql;

namespace ProfileGraph.Data.Updates;

internal static partial class BodyValidator
{
    /// <summary>
    /// Checks <paramref name="body"/> as <see cref="Normalize"/> does and writes the normalized document straight to
    /// <paramref name="writer"/> (made with <see cref="PropertyBytes.WriterOptions"/>), without building it. Returns
    /// what <see cref="PropertyBytes.Measure"/> gives for its custom properties, counted from the bytes written.
    /// </summary>
    public static int WriteNormalized(DocumentSchema schema, JsonObject body, Utf8JsonWriter writer)
    {
        var propertiesBytes = 0;
        writer.WriteStartObject();
        foreach (var (key, value) in body)
        {
            FieldPath.CheckSegment(key, key);
            if (value is null)
            {
                continue;
            }

            writer.WritePropertyName(key);
            var start = writer.BytesCommitted + writer.BytesPending;
            WriteAt(schema, key, value, false, writer);
            if (key == schema.CustomPropertiesPath)
            {
                // Compact JSON of an empty object is "{}", which the measure counts as nothing.
                var size = (int)(writer.BytesCommitted + writer.BytesPending - start);
                propertiesBytes = size == 2 && value is JsonObject ? 0 : size;
            }
        }

        writer.WriteEndObject();
        return propertiesBytes;
    }

    private static void WriteObject(DocumentSchema schema, JsonObject body, string prefix, bool open, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in body)
        {
            var path = prefix + "." + key;
            FieldPath.CheckSegment(key, path);
            if (value is not null)
            {
                writer.WritePropertyName(key);
                WriteAt(schema, path, value, open, writer);
            }
        }

        writer.WriteEndObject();
    }

    // The same decisions as NormalizeAt, in the same order, so the same input fails with the same error.
    private static void WriteAt(DocumentSchema schema, string path, JsonNode value, bool open, Utf8JsonWriter writer)
    {
        if (schema.TryGet(path, out var field))
        {
            if (field.IsMeta)
            {
                throw QueryErrors.ReadOnlyPath(path);
            }

            if (field.IsObjectList)
            {
                WriteObjectList(field, value, writer);
            }
            else if (field.Type == FieldType.Object)
            {
                WriteObject(schema, value as JsonObject ?? throw QueryErrors.TypeMismatch(path, "an object", Kind(value)), path, open || field.IsOpen, writer);
            }
            else if (field.IsList)
            {
                WriteList(field, value, writer);
            }
            else
            {
                WriteScalar(field, value, writer);
            }

            return;
        }

        if (!open && schema.OpenParentOf(path) is null)
        {
            throw QueryErrors.UnknownPath(path);
        }

        if (value is JsonObject child)
        {
            WriteObject(schema, child, path, true, writer);
        }
        else
        {
            value.WriteTo(writer);
        }
    }

    private static void WriteScalar(FieldDefinition field, JsonNode value, Utf8JsonWriter writer)
    {
        var leaf = Check(field, value);
        if (leaf.Text is { } text)
        {
            writer.WriteStringValue(text);
        }
        else if (leaf.AsGiven)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNumberValue(leaf.Integer);
        }
    }

    private static void WriteList(FieldDefinition field, JsonNode value, Utf8JsonWriter writer)
    {
        var array = value as JsonArray ?? throw QueryErrors.TypeMismatch(field.Path, "a list", Kind(value));
        writer.WriteStartArray();
        foreach (var item in array)
        {
            WriteScalar(field, item ?? throw QueryErrors.TypeMismatch(field.Path, ValueCoercer.Expected(field.Type), null), writer);
        }

        writer.WriteEndArray();
    }

    private static void WriteObjectList(FieldDefinition field, JsonNode value, Utf8JsonWriter writer)
    {
        var array = value as JsonArray ?? throw QueryErrors.TypeMismatch(field.Path, "a list", Kind(value));
        writer.WriteStartArray();
        foreach (var item in array)
        {
            var obj = item as JsonObject ?? throw QueryErrors.TypeMismatch(field.Path, "an object", Kind(item));
            writer.WriteStartObject();
            foreach (var (key, child) in obj)
            {
                if (child is null)
                {
                    continue;
                }

                writer.WritePropertyName(key);
                if (field.ItemFields.TryGetValue(key, out var itemField))
                {
                    WriteScalar(itemField, child, writer);
                }
                else
                {
                    child.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}

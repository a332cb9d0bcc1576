using System.Collections;
using System.Text.Json;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>Writes the response tree and errors as JSON (spec §7.1 "Response Format").</summary>
internal static class ResultWriter
{
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText LocationsName = JsonEncodedText.Encode("locations");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ColumnName = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText ExtensionsName = JsonEncodedText.Encode("extensions");

    public static void WriteObject(Utf8JsonWriter writer, ResultObject result)
    {
        writer.WriteStartObject();
        var fields = result.Plan.Fields;
        var values = result.Values;
        for (var i = 0; i < fields.Length; i++)
        {
            writer.WritePropertyName(fields[i].EncodedName);
            WriteValue(writer, values[i]);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case ResultObject o:
                WriteObject(writer, o);
                break;
            case ResultList list:
                writer.WriteStartArray();
                foreach (var item in list.Values)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case RawJsonValue raw:
                writer.WriteRawValue(raw.Utf8, skipInputValidation: true);
                break;
            default:
                // Leaves kept as their CLR value (int, bool, double, long, …): the same writing as any plain value.
                WriteAny(writer, value);
                break;
        }
    }

    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString(MessageName, error.Message);
            if (error.Locations is { Count: > 0 } locations)
            {
                writer.WriteStartArray(LocationsName);
                foreach (var location in locations)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber(LineName, location.Line);
                    writer.WriteNumber(ColumnName, location.Column);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (error.Path is { } path)
            {
                writer.WritePropertyName(PathName);
                WriteAny(writer, path);
            }

            if (error.Extensions is { Count: > 0 } extensions)
            {
                writer.WritePropertyName(ExtensionsName);
                WriteAny(writer, extensions);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes plain CLR values: extensions, error paths.</summary>
    public static void WriteAny(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case float f:
                writer.WriteNumberValue(f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case DateTimeOffset dto:
                writer.WriteStringValue(dto);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteAny(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteAny(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}

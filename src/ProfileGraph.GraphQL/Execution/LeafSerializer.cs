using System.Buffers;
using System.Text.Json;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Types.Scalars;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// Result coercion of scalars (spec §3.5) during completion, so that a value that cannot be serialized becomes a
/// field error rather than a broken response. Built-in scalars given their usual CLR value are kept as is and
/// written by the response writer; everything else is serialized here once and kept as raw JSON.
/// </summary>
internal sealed class LeafSerializer
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64);
    private readonly Utf8JsonWriter _writer;

    public LeafSerializer()
    {
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>True when the writer can write <paramref name="value"/> as it is.</summary>
    public static bool TryFastPath(ScalarType scalar, object value, out object? leaf)
    {
        leaf = value;
        return value switch
        {
            string => ReferenceEquals(scalar, BuiltInScalars.String) || ReferenceEquals(scalar, BuiltInScalars.ID),
            int => ReferenceEquals(scalar, BuiltInScalars.Int),
            bool => ReferenceEquals(scalar, BuiltInScalars.Boolean),
            double d => ReferenceEquals(scalar, BuiltInScalars.Float) && double.IsFinite(d),
            // A stored integer is read as a long; one in Int's range is written by the writer as it is.
            long l => ReferenceEquals(scalar, BuiltInScalars.Long) || (ReferenceEquals(scalar, BuiltInScalars.Int) && l is >= int.MinValue and <= int.MaxValue),
            _ => false,
        };
    }

    public bool TrySerialize(ScalarType scalar, object value, out object? leaf, out string? message)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        try
        {
            scalar.Serialize(value, _writer);
            _writer.Flush();
            leaf = new RawJsonValue(_buffer.WrittenSpan.ToArray());
            message = null;
            return true;
        }
        catch (Exception ex)
        {
            leaf = null;
            message = ex is ScalarCoercionException ? ex.Message : $"{scalar.Name} cannot represent value: {value}";
            return false;
        }
    }
}

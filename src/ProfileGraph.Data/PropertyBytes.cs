using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProfileGraph.Data;

/// <summary>
/// The one definition of a custom-properties object's size, used by the store's capacity and by the
/// profile size cap alike: the UTF-8 bytes of its compact JSON, 0 when it is absent or empty.
/// </summary>
public static class PropertyBytes
{
    // Non-ASCII text counts as its UTF-8 bytes, not as \u escapes, so the size means the same in every language.
    private static readonly JsonSerializerOptions Compact = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Options of a writer whose output for a properties object is, byte for byte, what <see cref="Measure"/> counts.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = Compact.Encoder,
        MaxDepth = 64, // the serializer's default depth, which Measure runs with
    };

    /// <summary>The size in bytes of <paramref name="properties"/>.</summary>
    public static int Measure(JsonNode? properties) =>
        properties is null or JsonObject { Count: 0 } ? 0 : Encoding.UTF8.GetByteCount(properties.ToJsonString(Compact));
}

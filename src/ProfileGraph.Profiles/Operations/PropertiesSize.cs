using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProfileGraph.Profiles.Operations;

/// <summary>Measures custom properties as the size cap counts them: compact UTF-8 JSON bytes.</summary>
internal static class PropertiesSize
{
    // Non-ASCII text is counted as its UTF-8 bytes, not as \u escapes, so the cap means the same in every language.
    private static readonly JsonSerializerOptions Compact = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Measure(JsonObject properties) =>
        properties.Count == 0 ? 0 : Encoding.UTF8.GetByteCount(properties.ToJsonString(Compact));
}

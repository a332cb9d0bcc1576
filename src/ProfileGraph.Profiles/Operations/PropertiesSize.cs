using System.Text.Json.Nodes;
using ProfileGraph.Data;

namespace ProfileGraph.Profiles.Operations;

/// <summary>Measures custom properties as the size cap counts them: the store's <see cref="PropertyBytes"/>, so the cap and the capacity agree.</summary>
internal static class PropertiesSize
{
    /// <summary>The body field that holds the measured size, kept by every write (filterable as <c>propertiesSize</c>).</summary>
    public const string Field = "propertiesSize";

    public static int Measure(JsonObject properties) => PropertyBytes.Measure(properties);
}

using System.Text.Json.Nodes;

namespace ProfileGraph.Data;

/// <summary>A device of a profile, keyed by its registration id (unique per project).</summary>
public sealed record DeviceRecord(string RegistrationId, string? Platform, string? AppVersion, string? Os, DateTimeOffset LastActive, JsonObject? Properties = null);

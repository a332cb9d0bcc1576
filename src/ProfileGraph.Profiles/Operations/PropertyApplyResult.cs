using System.Text.Json.Nodes;
using ProfileGraph.Profiles.Rules;

namespace ProfileGraph.Profiles.Operations;

/// <summary>The custom properties after an update, the violations found, and their UTF-8 JSON size.</summary>
internal sealed record PropertyApplyResult(JsonObject Properties, IReadOnlyList<WriteViolation> Violations, int SizeInBytes)
{
    public bool Succeeded => Violations.Count == 0;
}

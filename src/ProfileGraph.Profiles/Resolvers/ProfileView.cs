using System.Text.Json.Nodes;
using ProfileGraph.Data;

namespace ProfileGraph.Profiles.Resolvers;

/// <summary>The runtime value of a <c>Profile</c>: a stored document (possibly projected).</summary>
internal sealed class ProfileView(StoredDocument document)
{
    public StoredDocument Document { get; } = document;

    public JsonObject Body => Document.Body;

    public string ProfileId => Document.Id;

    public JsonObject? Object(string key) => Body[key] as JsonObject;

    public JsonObject Properties => Body[Schema.ProfileDocumentSchema.PropertiesPath] as JsonObject ?? [];
}

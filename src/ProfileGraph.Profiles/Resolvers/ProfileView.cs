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

    /// <summary>The string stored at <paramref name="path"/>, read without building the body when the store returned it as text.</summary>
    public string? String(string path) => Document.TryGetText(path, out var text) ? text : JsonValues.String(Body, path);

    public JsonObject Properties => Body[Schema.ProfileDocumentSchema.PropertiesPath] as JsonObject ?? [];
}

using System.Text.Json.Nodes;

namespace ProfileGraph.Data;

/// <summary>A document as stored: identity and store-maintained fields, plus the JSON body (possibly projected).</summary>
public sealed class StoredDocument
{
    internal StoredDocument(string id, long version, DateTimeOffset createdAt, DateTimeOffset updatedAt, JsonObject body)
    {
        Id = id;
        Version = version;
        CreatedAt = createdAt;
        UpdatedAt = updatedAt;
        Body = body;
    }

    public string Id { get; }

    /// <summary>Starts at 1 and grows by one with every write that changes the document.</summary>
    public long Version { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; }

    /// <summary>The document body; only the selected paths when a projection was given.</summary>
    public JsonObject Body { get; }
}

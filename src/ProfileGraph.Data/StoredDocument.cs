using System.Text.Json.Nodes;
using ProfileGraph.Data.Sql;
using ProfileGraph.Data.Storage;

namespace ProfileGraph.Data;

/// <summary>A document as stored: identity and store-maintained fields, plus the JSON body (possibly projected).</summary>
/// <remarks>
/// A projected read keeps the selected paths as the columns the database returned and builds <see cref="Body"/>
/// from them only when it is first asked for. A reader that wants a few values (a GraphQL selection of a page of
/// profiles) takes them through <see cref="TryGetText"/>, <see cref="GetNode"/> and <see cref="HasObject"/>,
/// and no JSON object is built for the document at all.
/// </remarks>
public sealed class StoredDocument
{
    private JsonObject? _body;
    private readonly Projection? _projection;
    private readonly string?[]? _columns;

    internal StoredDocument(string id, long version, DateTimeOffset createdAt, DateTimeOffset updatedAt, JsonObject body)
        : this(id, version, createdAt, updatedAt)
    {
        _body = body;
    }

    /// <summary>A projected document: <paramref name="columns"/> holds the text of each of <paramref name="projection"/>'s paths (null where nothing is stored).</summary>
    internal StoredDocument(string id, long version, DateTimeOffset createdAt, DateTimeOffset updatedAt, Projection projection, string?[] columns)
        : this(id, version, createdAt, updatedAt)
    {
        _projection = projection;
        _columns = columns;
    }

    private StoredDocument(string id, long version, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        Id = id;
        Version = version;
        CreatedAt = createdAt;
        UpdatedAt = updatedAt;
    }

    public string Id { get; }

    /// <summary>Starts at 1 and grows by one with every write that changes the document.</summary>
    public long Version { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; }

    /// <summary>The document body; only the selected paths when a projection was given. The same object on every call.</summary>
    public JsonObject Body => Volatile.Read(ref _body) ?? Build();

    /// <summary>
    /// The text of the declared string at <paramref name="path"/> (dotted) when the read returned it as text; null
    /// inside means nothing is stored there. False when the path was not read as text: ask <see cref="Body"/>.
    /// </summary>
    public bool TryGetText(string path, out string? text)
    {
        if (Column(path) is { } column && _projection!.IsText(column))
        {
            text = _columns![column];
            return true;
        }

        text = null;
        return false;
    }

    /// <summary>The value at <paramref name="path"/> (dotted), or null when nothing is stored there. Read it, do not change it.</summary>
    public JsonNode? GetNode(string path)
    {
        if (Column(path) is not { } column)
        {
            return Find(path);
        }

        return _columns![column] is not { } raw ? null
            : column < _projection!.ContainerCount ? Find(path)
            : _projection.IsText(column) ? JsonValue.Create(raw)
            : StoredJson.Parse(raw);
    }

    /// <summary>Whether an object is stored at <paramref name="path"/> (dotted).</summary>
    public bool HasObject(string path)
    {
        if (Column(path) is not { } column)
        {
            return Find(path) is JsonObject;
        }

        // A container column holds {} exactly when the object is stored; a value column holds the value itself, and
        // one read as text holds a string.
        return _columns![column] is { } raw
            && (column < _projection!.ContainerCount || (!_projection.IsText(column) && StoredJson.Parse(raw) is JsonObject));
    }

    /// <summary>The column of <paramref name="path"/> while the body is still unbuilt, else null.</summary>
    private int? Column(string path) =>
        _projection is not null && Volatile.Read(ref _body) is null && _projection.TryGetColumn(path, out var column) ? column : null;

    private JsonNode? Find(string path)
    {
        JsonNode? node = Body;
        foreach (var segment in path.Split('.'))
        {
            node = (node as JsonObject)?[segment];
        }

        return node;
    }

    private JsonObject Build()
    {
        var body = new JsonObject();
        for (var i = 0; i < _columns!.Length; i++)
        {
            if (_columns[i] is { } raw)
            {
                Place(body, _projection!.Paths![i], _projection.IsText(i) ? JsonValue.Create(raw) : StoredJson.Parse(raw));
            }
        }

        // Two readers may build at once; both then use the one that was stored first.
        return Interlocked.CompareExchange(ref _body, body, null) ?? body;
    }

    private static void Place(JsonObject body, string[] segments, JsonNode? value)
    {
        var node = body;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (node[segments[i]] is not JsonObject child)
            {
                child = new JsonObject();
                node[segments[i]] = child;
            }

            node = child;
        }

        node[segments[^1]] = value;
    }
}

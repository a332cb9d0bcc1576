using System.Text.Json.Nodes;

namespace ProfileGraph.Data;

/// <summary>
/// An ordered list of changes applied atomically to one document. Paths must be declared in the
/// <see cref="DocumentSchema"/> or lie under a declared open object.
/// </summary>
public sealed class UpdateOperations
{
    private readonly List<UpdateOperation> _operations = [];

    public IReadOnlyList<UpdateOperation> Operations => _operations;

    /// <summary>Sets the path; a null value clears it.</summary>
    public UpdateOperations Set(string path, JsonNode? value) => Add(UpdateKind.Set, path, value);

    /// <summary>Sets the path only when it is null or missing.</summary>
    public UpdateOperations SetOnce(string path, JsonNode? value) => Add(UpdateKind.SetOnce, path, value);

    /// <summary>Adds to a number; a missing value counts as 0.</summary>
    public UpdateOperations Increment(string path, double amount) => Add(UpdateKind.Increment, path, JsonValue.Create(amount));

    /// <summary>Adds to an integer; a missing value counts as 0.</summary>
    public UpdateOperations Increment(string path, long amount) => Add(UpdateKind.Increment, path, JsonValue.Create(amount));

    /// <summary>Appends items to a list, creating it when missing.</summary>
    public UpdateOperations Append(string path, params JsonNode?[] items) => Add(UpdateKind.Append, path, new JsonArray(items.Select(i => i?.DeepClone()).ToArray()));

    /// <summary>Removes every occurrence of the items from a list.</summary>
    public UpdateOperations Remove(string path, params JsonNode?[] items) => Add(UpdateKind.Remove, path, new JsonArray(items.Select(i => i?.DeepClone()).ToArray()));

    /// <summary>Removes the paths.</summary>
    public UpdateOperations Unset(params string[] paths)
    {
        foreach (var path in paths)
        {
            Add(UpdateKind.Unset, path, null);
        }

        return this;
    }

    private UpdateOperations Add(UpdateKind kind, string path, JsonNode? value)
    {
        _operations.Add(new UpdateOperation(kind, path, value));
        return this;
    }
}

/// <summary>One change: a kind, a path and its argument.</summary>
public sealed record UpdateOperation(UpdateKind Kind, string Path, JsonNode? Value);

public enum UpdateKind { Set, SetOnce, Increment, Append, Remove, Unset }

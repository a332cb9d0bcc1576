using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProfileGraph.Data.Sql;

namespace ProfileGraph.Data.Updates;

/// <summary>Applies <see cref="UpdateOperations"/> to a document body in memory, inside the write transaction.</summary>
internal static class UpdateApplier
{
    /// <summary>Checks paths and argument types up front, so a bad request executes nothing.</summary>
    public static IReadOnlyList<UpdateOperation> Prepare(DocumentSchema schema, UpdateOperations operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var prepared = new List<UpdateOperation>();
        foreach (var op in operations.Operations)
        {
            var open = schema.OpenParentOf(op.Path) is not null;
            schema.TryGet(op.Path, out var field);
            if (field is null && !open)
            {
                _ = schema.Get(op.Path);
                throw QueryErrors.UnknownPath(op.Path);
            }

            if (field is { IsMeta: true })
            {
                throw QueryErrors.ReadOnlyPath(op.Path);
            }

            var value = op.Kind switch
            {
                UpdateKind.Set or UpdateKind.SetOnce when op.Value is not null => BodyValidator.NormalizeAt(schema, op.Path, op.Value, open),
                UpdateKind.Increment => CheckIncrement(field, op),
                UpdateKind.Append or UpdateKind.Remove => CheckItems(field, op),
                _ => op.Value,
            };
            prepared.Add(op with { Value = value });
        }

        return prepared;
    }

    /// <summary>Applies prepared operations; true when the body changed.</summary>
    public static bool Apply(JsonObject body, IReadOnlyList<UpdateOperation> operations)
    {
        var changed = false;
        foreach (var op in operations)
        {
            var segments = op.Path.Split('.');
            var parent = Parent(body, segments, create: op.Kind is not (UpdateKind.Unset or UpdateKind.Remove) && !(op.Kind == UpdateKind.Set && op.Value is null), op.Path);
            if (parent is null)
            {
                continue;
            }

            var key = segments[^1];
            var current = parent[key];
            switch (op.Kind)
            {
                case UpdateKind.Set when op.Value is null:
                case UpdateKind.Unset:
                    changed |= parent.Remove(key);
                    break;
                case UpdateKind.Set:
                    if (!JsonNode.DeepEquals(current, op.Value))
                    {
                        parent[key] = op.Value!.DeepClone();
                        changed = true;
                    }

                    break;
                case UpdateKind.SetOnce when current is null && op.Value is not null:
                    parent[key] = op.Value.DeepClone();
                    changed = true;
                    break;
                case UpdateKind.Increment:
                    parent[key] = Add(current, op.Value!, op.Path);
                    changed = true;
                    break;
                case UpdateKind.Append:
                    var list = current as JsonArray ?? (current is null ? new JsonArray() : throw NotAList(op.Path));
                    foreach (var item in (JsonArray)op.Value!)
                    {
                        list.Add(item?.DeepClone());
                    }

                    if (current is null)
                    {
                        parent[key] = list;
                    }

                    changed |= ((JsonArray)op.Value!).Count > 0;
                    break;
                case UpdateKind.Remove when current is not null:
                    var items = current as JsonArray ?? throw NotAList(op.Path);
                    var remove = ((JsonArray)op.Value!).ToList();
                    for (var i = items.Count - 1; i >= 0; i--)
                    {
                        if (remove.Any(r => JsonNode.DeepEquals(r, items[i])))
                        {
                            items.RemoveAt(i);
                            changed = true;
                        }
                    }

                    break;
            }
        }

        return changed;
    }

    private static JsonObject? Parent(JsonObject body, string[] segments, bool create, string path)
    {
        var node = body;
        foreach (var segment in segments[..^1])
        {
            var next = node[segment];
            if (next is null)
            {
                if (!create)
                {
                    return null;
                }

                next = new JsonObject();
                node[segment] = next;
            }

            node = next as JsonObject ?? throw new UpdateRejected(QueryErrorCodes.TypeMismatch, $"The path '{path}' goes through a value that is not an object.");
        }

        return node;
    }

    private static JsonNode Add(JsonNode? current, JsonNode amount, string path)
    {
        if (current is not null && current.GetValueKind() != JsonValueKind.Number)
        {
            throw new UpdateRejected(QueryErrorCodes.NotANumber, $"The value at '{path}' is not a number, so it cannot be incremented.");
        }

        var left = current?.ToJsonString() ?? "0";
        var right = amount.ToJsonString();
        if (long.TryParse(left, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var a)
            && long.TryParse(right, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var b))
        {
            return JsonValue.Create(checked(a + b));
        }

        return JsonValue.Create(double.Parse(left, CultureInfo.InvariantCulture) + double.Parse(right, CultureInfo.InvariantCulture));
    }

    private static JsonNode CheckIncrement(FieldDefinition? field, UpdateOperation op)
    {
        if (field is null)
        {
            return op.Value!;
        }

        if (field.IsList || field.Type is not (FieldType.Int or FieldType.Float))
        {
            throw QueryErrors.OperatorNotSupported(op.Path, "increment", field.TypeName);
        }

        return field.Type == FieldType.Int ? BodyValidator.Scalar(field, op.Value!) : JsonValue.Create(double.Parse(op.Value!.ToJsonString(), CultureInfo.InvariantCulture));
    }

    private static JsonNode CheckItems(FieldDefinition? field, UpdateOperation op)
    {
        if (field is null)
        {
            return op.Value!;
        }

        if (!field.IsList)
        {
            throw QueryErrors.OperatorNotSupported(op.Path, op.Kind.ToString().ToLowerInvariant(), field.TypeName);
        }

        return new JsonArray(((JsonArray)op.Value!).Select(i => i is null
            ? throw QueryErrors.TypeMismatch(op.Path, ValueCoercer.Expected(field.Type), null)
            : BodyValidator.Scalar(field, i)).ToArray());
    }

    private static UpdateRejected NotAList(string path) =>
        new(QueryErrorCodes.NotAList, $"The value at '{path}' is not a list.");
}

using System.Collections;
using System.Text.Json;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

internal sealed partial class OperationContext
{
    private LeafSerializer? _leafSerializer;

    private void CompleteField(ResultObject target, int index, FieldSelection selection, object? value)
    {
        if (!CompleteValue(selection, selection.Type, value, target, index))
        {
            PropagateNull(target);
        }
    }

    /// <summary>
    /// Spec §6.4.3 "CompleteValue": writes the completed value into <paramref name="parent"/> at
    /// <paramref name="index"/>. Returns false when the slot is non-null and no value could be produced; the caller
    /// then nulls <paramref name="parent"/> (spec §6.4.4).
    /// </summary>
    private bool CompleteValue(FieldSelection selection, IType type, object? value, ResultNode parent, int index)
    {
        if (value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            value = null;
        }

        var nonNull = false;
        if (type is NonNullType nonNullType)
        {
            if (value is null)
            {
                AddError(ExecutionErrors.NonNullViolation(
                    selection.Coordinate(OwnerType(parent)), parent.GetPath(index), Locate(selection)));
                return false;
            }

            nonNull = true;
            type = nonNullType.OfType;
        }
        else if (value is null)
        {
            parent.Values[index] = null;
            return true;
        }

        switch (type)
        {
            case ScalarType scalar:
                if (TrySerializeScalar(scalar, value!, out var leaf, out var message))
                {
                    parent.Values[index] = leaf;
                    return true;
                }

                AddError(ExecutionErrors.LeafCannotSerialize(message!, parent.GetPath(index), Locate(selection)));
                return NullAfterError(parent, index, nonNull);

            case EnumType enumType:
                if (enumType.Serialize(value!) is { } enumValue)
                {
                    parent.Values[index] = enumValue.Name;
                    return true;
                }

                AddError(ExecutionErrors.EnumCannotRepresent(enumType, value!, parent.GetPath(index), Locate(selection)));
                return NullAfterError(parent, index, nonNull);

            case ListType listType:
                return CompleteList(selection, listType, value!, parent, index, nonNull);

            case ObjectType objectType:
                CompleteObject(selection, objectType, value!, parent, index, nonNull);
                return true;

            default:
                var named = (INamedType)type;
                var resolved = Schema.ResolveAbstractType(named, value!);
                if (resolved is null)
                {
                    AddError(ExecutionErrors.AbstractTypeUnresolved(
                        named, selection.Coordinate(OwnerType(parent)), parent.GetPath(index), Locate(selection)));
                    return NullAfterError(parent, index, nonNull);
                }

                CompleteObject(selection, resolved, value!, parent, index, nonNull);
                return true;
        }
    }

    private bool CompleteList(FieldSelection selection, ListType listType, object value, ResultNode parent, int index, bool nonNull)
    {
        if (value is JsonElement { ValueKind: JsonValueKind.Array } array)
        {
            value = array.EnumerateArray().Select(item => (object?)item).ToList();
        }

        if (value is string or IDictionary or IReadOnlyDictionary<string, object?> || value is not IEnumerable enumerable)
        {
            AddError(ExecutionErrors.ListExpected(selection.Coordinate(OwnerType(parent)), parent.GetPath(index), Locate(selection)));
            return NullAfterError(parent, index, nonNull);
        }

        var items = value as IList ?? enumerable.Cast<object?>().ToList();
        var list = new ResultList(items.Count, parent, index, nonNull);
        parent.Values[index] = list;
        for (var i = 0; i < items.Count; i++)
        {
            if (!CompleteValue(selection, listType.OfType, items[i], list, i))
            {
                PropagateNull(list);
                break;
            }
        }

        return true;
    }

    private void CompleteObject(FieldSelection selection, ObjectType type, object value, ResultNode parent, int index, bool nonNull)
    {
        var child = new ResultObject(Filter(selection.GetChildPlan(type)), value, parent, index, nonNull);
        parent.Values[index] = child;
        _work.Enqueue(new WorkItem(child, -1));
    }

    /// <summary>Spec §6.4.4: a failed field is null, or makes its parent null when the field is non-null.</summary>
    private void FieldFailed(ResultObject target, int index, FieldSelection selection, Exception exception)
    {
        var path = target.GetPath(index);
        var locations = Locate(selection);
        AddError(exception is GraphQLException graphQL
            ? ExecutionErrors.WithLocation(graphQL.Error, path, locations)
            : ExecutionErrors.Unexpected(path, locations));

        if (selection.Type is NonNullType)
        {
            PropagateNull(target);
        }
        else
        {
            target.Values[index] = null;
        }
    }

    private static bool NullAfterError(ResultNode parent, int index, bool nonNull)
    {
        if (nonNull)
        {
            return false;
        }

        parent.Values[index] = null;
        return true;
    }

    /// <summary>Replaces <paramref name="node"/> by null in its parent, or keeps going up while slots are non-null.</summary>
    private void PropagateNull(ResultNode node)
    {
        while (true)
        {
            node.IsInvalidated = true;
            if (node.Parent is not { } parent)
            {
                _dataIsNull = true;
                return;
            }

            if (!node.NonNullInParent)
            {
                parent.Values[node.ParentIndex] = null;
                return;
            }

            node = parent;
        }
    }

    private static ObjectType OwnerType(ResultNode node)
    {
        while (node is not ResultObject)
        {
            node = node.Parent!;
        }

        return ((ResultObject)node).Plan.Type;
    }

    private bool TrySerializeScalar(ScalarType scalar, object value, out object? leaf, out string? message)
    {
        if (LeafSerializer.TryFastPath(scalar, value, out leaf))
        {
            message = null;
            return true;
        }

        _leafSerializer ??= new LeafSerializer();
        return _leafSerializer.TrySerialize(scalar, value, out leaf, out message);
    }
}

using System.Collections;
using System.Globalization;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// Converts coerced argument values (spec §6.4.1: CLR scalars, enum names, dictionaries, lists) to the CLR type a
/// resolver asks for in <see cref="IResolverContext.ArgumentValue{T}"/>.
/// </summary>
internal static class ArgumentConverter
{
    public static T Convert<T>(object? value) => (T)Convert(value, typeof(T))!;

    public static object? Convert(object? value, Type target)
    {
        if (value is null || target.IsInstanceOfType(value))
        {
            return value;
        }

        var nonNullable = Nullable.GetUnderlyingType(target) ?? target;
        if (nonNullable.IsEnum && value is string name)
        {
            foreach (var candidate in Enum.GetNames(nonNullable))
            {
                if (candidate == name || EnumType.ToUpperSnakeCase(candidate) == name)
                {
                    return Enum.Parse(nonNullable, candidate);
                }
            }

            throw new InvalidCastException($"`{name}` is not a member of {nonNullable.Name}.");
        }

        if (value is IList list && TryGetItemType(nonNullable, out var itemType))
        {
            if (nonNullable.IsArray)
            {
                var array = Array.CreateInstance(itemType, list.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    array.SetValue(Convert(list[i], itemType), i);
                }

                return array;
            }

            var result = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
            foreach (var item in list)
            {
                result.Add(Convert(item, itemType));
            }

            return result;
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(nonNullable))
        {
            return System.Convert.ChangeType(value, nonNullable, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"An argument value of type {value.GetType().Name} cannot be read as {target.Name}.");
    }

    private static bool TryGetItemType(Type target, out Type itemType)
    {
        if (target.IsArray)
        {
            itemType = target.GetElementType()!;
            return true;
        }

        if (target.IsGenericType && target.GetGenericArguments() is [var item]
            && target.IsAssignableFrom(typeof(List<>).MakeGenericType(item)))
        {
            itemType = item;
            return true;
        }

        itemType = typeof(object);
        return false;
    }
}

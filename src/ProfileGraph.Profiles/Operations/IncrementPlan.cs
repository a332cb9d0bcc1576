using System.Text.Json.Nodes;
using ProfileGraph.Data;
using ProfileGraph.Profiles.Properties;

namespace ProfileGraph.Profiles.Operations;

/// <summary>
/// Whether an update can be the store's atomic increment: only increments, each a non-zero integer on an
/// undeclared property or one declared <c>Int</c> or <c>Long</c>, whose result must stay in that type's range.
/// Anything else (and every case the store declines) takes the general read-modify-write path.
/// </summary>
internal static class IncrementPlan
{
    /// <summary>The store targets for <paramref name="operations"/>, or null when the update is not a plain increment.</summary>
    public static IReadOnlyList<IncrementTarget>? TryCreate(PropertyOperations operations, PropertyDeclarations declarations)
    {
        if (operations.Increment.Count == 0 || operations.Increment.Count != CountAll(operations))
        {
            return null;
        }

        var targets = new List<IncrementTarget>(operations.Increment.Count);
        foreach (var (key, value) in operations.Increment)
        {
            if (value is not JsonValue json || !json.TryGetValue(out long amount) || amount == 0)
            {
                return null;
            }

            var (min, max) = declarations.Find(key)?.Scalar switch
            {
                null or PropertyScalar.Long => (long.MinValue, long.MaxValue),
                PropertyScalar.Int => (int.MinValue, int.MaxValue),
                _ => (0L, -1L),
            };
            if (min > max)
            {
                return null;
            }

            targets.Add(new IncrementTarget("properties." + key, amount, min, max));
        }

        return targets;
    }

    private static int CountAll(PropertyOperations o) =>
        o.Set.Count + o.SetOnce.Count + o.Increment.Count + o.Append.Count + o.Remove.Count + o.Unset.Count;
}

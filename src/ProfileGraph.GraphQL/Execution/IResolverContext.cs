using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// What a <see cref="FieldResolver"/> can see of the field it resolves (spec §6.4.2 "Value Resolution").
/// A context is valid until the resolver's value task completes; the executor may reuse it afterwards.
/// </summary>
public interface IResolverContext
{
    /// <summary>The parent object's value.</summary>
    object? Parent { get; }

    /// <summary>The schema being executed.</summary>
    Schema Schema { get; }

    /// <summary>The field being resolved.</summary>
    OutputField Field { get; }

    /// <summary>The first field node of the merged selection.</summary>
    FieldNode Selection { get; }

    /// <summary>Every field node merged into this response key (spec §6.3.2 "CollectFields").</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The object type whose field is resolved.</summary>
    ObjectType ParentType { get; }

    /// <summary>The response path of the field.</summary>
    Path Path { get; }

    /// <summary>The request's services (an empty provider when none were given).</summary>
    IServiceProvider Services { get; }

    /// <summary>State shared by every resolver of one request.</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>Signalled when the caller cancels the request or its execution timeout elapses.</summary>
    CancellationToken RequestAborted { get; }

    /// <summary>The coerced argument values (spec §6.4.1 "CoerceArgumentValues").</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The coerced value of an argument, converted to <typeparamref name="T"/>; default when absent or null.</summary>
    T ArgumentValue<T>(string name);

    /// <summary>True when the argument was given explicitly or through a provided variable.</summary>
    bool HasArgument(string name);

    /// <summary>
    /// Look-ahead for projection push-down: the merged sub-selections of this field for a concrete type
    /// (after <c>@skip</c>/<c>@include</c>). With no type: the field's own object type, or for an abstract type the
    /// fields selected for any of its possible types (first occurrence of each response name).
    /// </summary>
    IReadOnlyList<SelectedField> GetSelections(ObjectType? type = null);

    /// <summary>Adds an error to the response without nulling the field; path and locations are filled in when missing.</summary>
    void ReportError(GraphQLError error);

    /// <summary>
    /// Loads one value through a per-request batch (DataLoader). Every key requested under the same
    /// <paramref name="loaderKey"/> while the executor runs one wave of resolvers is passed to a single call of
    /// <paramref name="batch"/>, once the executor has no more synchronous work. Results are cached per request by key;
    /// a key missing from the returned dictionary yields default.
    /// </summary>
    Task<TValue?> LoadAsync<TKey, TValue>(
        string loaderKey,
        TKey key,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull;
}

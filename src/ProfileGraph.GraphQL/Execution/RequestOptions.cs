namespace ProfileGraph.GraphQL.Execution;

/// <summary>Per-request settings decided by the transport.</summary>
public sealed class RequestOptions
{
    /// <summary>Options with every default.</summary>
    public static RequestOptions Default { get; } = new();

    /// <summary>False to reject mutations (GraphQL over HTTP: GET allows queries only). Default true.</summary>
    public bool AllowMutations { get; init; } = true;

    /// <summary>Services resolvers can ask for through <see cref="IResolverContext.Services"/>.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Initial per-request state exposed as <see cref="IResolverContext.ContextData"/>.</summary>
    public IDictionary<string, object?>? ContextData { get; init; }

    /// <summary>Whether to report or only compute the operation's cost (<c>GraphQL-Cost</c> header).</summary>
    public CostMode Cost { get; init; }

    /// <summary>The value passed as parent to the root fields' resolvers.</summary>
    public object? RootValue { get; init; }
}

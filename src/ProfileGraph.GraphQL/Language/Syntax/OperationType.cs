namespace ProfileGraph.GraphQL.Language;

/// <summary>The three operation types (spec §2.3).</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,

    /// <summary>A write followed by a fetch.</summary>
    Mutation,

    /// <summary>A long-lived request that fetches data in response to events.</summary>
    Subscription,
}

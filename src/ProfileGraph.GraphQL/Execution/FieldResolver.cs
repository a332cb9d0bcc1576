namespace ProfileGraph.GraphQL.Execution;

/// <summary>Produces the value of one field for one parent value (spec §6.4.2 "Value Resolution").</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

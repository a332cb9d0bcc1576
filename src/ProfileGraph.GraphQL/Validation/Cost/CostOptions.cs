namespace ProfileGraph.GraphQL.Validation.Cost;

/// <summary>
/// Static cost analysis after HotChocolate (the IBM cost directives <c>@cost</c> and <c>@listSize</c>).
/// Defaults follow HotChocolate; the analysis only rejects documents when <see cref="Enabled"/> is set.
/// </summary>
public sealed class CostOptions
{
    /// <summary>Whether operations over a limit are rejected during validation (code HC0047).</summary>
    public bool Enabled { get; set; }

    /// <summary>Largest allowed field cost (execution impact).</summary>
    public double MaxFieldCost { get; set; } = 1000;

    /// <summary>Largest allowed type cost (number of objects that may be produced).</summary>
    public double MaxTypeCost { get; set; } = 1000;

    /// <summary>Cost of a field with its own resolver when it has no <c>@cost</c>.</summary>
    public double DefaultResolverCost { get; set; } = 10;

    /// <summary>Size assumed for a list field that has no <c>@listSize</c>.</summary>
    public int DefaultAssumedListSize { get; set; } = 1;

    /// <summary>Multiplies the <c>@cost</c> of an argument whose value is a variable, whose shape is unknown.</summary>
    public double VariableMultiplier { get; set; } = 5;
}

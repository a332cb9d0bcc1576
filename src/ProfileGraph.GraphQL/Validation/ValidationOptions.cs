using ProfileGraph.GraphQL.Validation.Cost;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// Limits beyond the GraphQL specification, each checked by its own rule in <c>Validation/Limits/</c>.
/// Every limit is off (null) unless set, so a validator with default options accepts exactly the
/// documents the specification accepts. HotChocolate's production defaults, for hosts that want them:
/// field cycle depth 3, field and type cost 1000 each.
/// </summary>
public sealed class ValidationOptions
{
    /// <summary>Largest allowed nesting of fields in one operation, counting fragments' fields where they are spread.</summary>
    public int? MaxExecutionDepth { get; set; }

    /// <summary>How often the same field coordinate (<c>Type.field</c>) may appear on one path (HotChocolate HC0087).</summary>
    public int? MaxFieldCycleDepth { get; set; }

    /// <summary>Largest number of aliased fields in one operation, counting fragments once per spread.</summary>
    public int? MaxAliases { get; set; }

    /// <summary>Largest number of field selections in one operation, counting fragments once per spread.</summary>
    public int? MaxFields { get; set; }

    /// <summary>
    /// Largest nesting of the list-returning introspection fields (<c>fields</c>, <c>interfaces</c>,
    /// <c>possibleTypes</c>, <c>inputFields</c>, <c>ofType</c>) inside one path (HotChocolate HC0086).
    /// </summary>
    public int? MaxIntrospectionDepth { get; set; }

    /// <summary>Cost analysis after HotChocolate / the IBM cost directives (off unless <see cref="CostOptions.Enabled"/>).</summary>
    public CostOptions Cost { get; set; } = new();
}

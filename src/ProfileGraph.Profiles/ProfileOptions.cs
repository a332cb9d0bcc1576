namespace ProfileGraph.Profiles;

/// <summary>Limits of the profile API. Every default is the documented product behaviour.</summary>
public sealed class ProfileOptions
{
    /// <summary>Largest UTF-8 JSON size in bytes of one profile's custom properties. Default 4096.</summary>
    public int MaxPropertiesBytes { get; set; } = 4096;

    /// <summary>Page size of <c>profiles</c> and <c>profilePage</c> when none is given. Default 20.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Largest page size; above it a request fails with <c>HC0051</c>. Default 1000.</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>Largest number of ids <c>profilesByIds</c> accepts. Default 100.</summary>
    public int MaxBatchIds { get; set; } = 100;

    /// <summary>Largest <c>take</c> of <c>updateProfiles</c>. Default 1000.</summary>
    public int MaxBatchUpdate { get; set; } = 1000;

    /// <summary>How often a property update is retried when a concurrent write wins. Default 10.</summary>
    public int MaxUpdateRetries { get; set; } = 10;
}

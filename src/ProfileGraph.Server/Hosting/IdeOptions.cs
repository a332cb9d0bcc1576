namespace ProfileGraph.Server.Hosting;

/// <summary>
/// Settings of the Banana Cake Pop IDE served on the GraphQL path (HotChocolate's <c>GraphQLToolOptions</c>).
/// They become the IDE's <c>bcp-config.json</c>.
/// </summary>
public sealed class IdeOptions
{
    /// <summary>Whether a browser GET on the GraphQL path gets the IDE. Default true.</summary>
    public bool Enable { get; set; } = true;

    /// <summary>The IDE's document title. Default null (the IDE's own).</summary>
    public string? Title { get; set; }

    /// <summary>The document the IDE opens with. Default null.</summary>
    public string? Document { get; set; }

    /// <summary>Whether the IDE sends cookies with its requests. Default false.</summary>
    public bool IncludeCookies { get; set; }

    /// <summary>Whether the IDE sends queries with GET instead of POST. Default false.</summary>
    public bool UseGet { get; set; }

    /// <summary>Whether the IDE's telemetry is switched off. Default true, so the IDE works offline.</summary>
    public bool DisableTelemetry { get; set; } = true;

    /// <summary>
    /// The folder holding the IDE's files (index.html, static/). Default null: <c>bcp/</c> next to the
    /// server's assembly, where the build copies the npm package.
    /// </summary>
    public string? FilesDirectory { get; set; }
}

using ProfileGraph.GraphQL.Execution;

namespace ProfileGraph.Server.Hosting;

/// <summary>
/// Settings of the GraphQL HTTP host. Bound from the <c>ProfileGraph</c> configuration section; every
/// default matches HotChocolate's <c>GraphQLServerOptions</c> unless stated otherwise.
/// </summary>
public sealed class ProfileGraphServerOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "ProfileGraph";

    /// <summary>The GraphQL endpoint path. Default <c>/graphql</c>.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>
    /// The largest accepted request body in bytes; larger bodies get 413 with <c>HC0010</c>.
    /// Default 20,480,000 (HotChocolate's <c>ServerDefaults.MaxAllowedRequestSize</c>).
    /// </summary>
    public long MaxRequestBodySize { get; set; } = 20_480_000;

    /// <summary>Whether GraphQL requests over HTTP GET are executed (queries only). Default true.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>GET /graphql?sdl</c> and <c>GET /graphql/schema.graphql</c> return the schema. Default true.</summary>
    public bool EnableSchemaRequests { get; set; } = true;

    /// <summary>
    /// The folder whose <c>*.graphql</c> files make the schema when no schema is passed to
    /// <c>AddProfileGraph</c>. Default null: the nearest <c>schema/</c> folder above the content root.
    /// </summary>
    public string? SchemaDirectory { get; set; }

    /// <summary>The IDE (Banana Cake Pop) settings.</summary>
    public IdeOptions Ide { get; set; } = new();

    /// <summary>How long one request may execute (HotChocolate: 30 s; over it → <c>HC0045</c>).</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The deepest selection-set nesting a document may have. Default 64 (HotChocolate: off).</summary>
    public int? MaxExecutionDepth { get; set; } = 64;

    /// <summary>Builds the executor settings from these options.</summary>
    internal RequestExecutorOptions CreateExecutorOptions()
    {
        var options = new RequestExecutorOptions { ExecutionTimeout = ExecutionTimeout };
        options.Validation.MaxExecutionDepth = MaxExecutionDepth;
        return options;
    }
}

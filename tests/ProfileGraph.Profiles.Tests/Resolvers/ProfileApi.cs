using System.Text.Json;
using ProfileGraph.Data;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.Profiles.Resolvers;
using ProfileGraph.Profiles.Schema;
using ProfileGraph.Profiles.Security;

namespace ProfileGraph.Profiles.Tests.Resolvers;

/// <summary>
/// The profile schema over a throwaway SQLite file, executed by the engine; one per test class.
/// </summary>
public sealed class ProfileApi : IAsyncLifetime
{
    private readonly string _file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pg-profiles-{Guid.NewGuid():N}.db");

    public IDocumentStore Store { get; private set; } = null!;

    public IRequestExecutor Executor { get; private set; } = null!;

    public ProfileOptions Options { get; } = new() { MaxPropertiesBytes = 4096 };

    public async Task InitializeAsync()
    {
        var sdl = ProfileSdl.Load(SchemaFiles.Directory);
        Store = await DocumentStoreFactory.OpenAsync(
            new StoreOptions { Kind = StoreKind.Sqlite, ConnectionString = $"Data Source={_file}" },
            ProfileDocumentSchema.Create(sdl.Declarations));
        Executor = RequestExecutor.Create(ProfileSchema.Create(Store, Options, sdl));
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }

    /// <summary>Runs a document as a caller of <paramref name="project"/> and returns the response JSON.</summary>
    public async Task<JsonElement> RunAsync(string query, object? variables = null, string project = "p1", ApiKeyRole role = ApiKeyRole.Write)
    {
        var request = new GraphQLRequest(query, variables: variables is null ? null : JsonSerializer.SerializeToElement(variables));
        var options = new RequestOptions
        {
            ContextData = new Dictionary<string, object?> { [ProfileRequestContext.ProjectKey] = project, [ProfileRequestContext.RoleKey] = role },
        };
        var result = await Executor.ExecuteAsync(request, options, CancellationToken.None);
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }
}

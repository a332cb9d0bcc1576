using Microsoft.Data.Sqlite;
using ProfileGraph.Data;

namespace ProfileGraph.Server.Tests.Profiles;

/// <summary>One profile server per test class, started on first use; a SQLite store lives in a temporary folder.</summary>
public sealed class ProfileServerCache : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pg-server-" + Guid.NewGuid().ToString("N")[..12]);
    private ProfileServer? _server;

    internal async Task<ProfileServer> GetAsync(StoreKind kind, string? postgresConnectionString)
    {
        await _gate.WaitAsync();
        try
        {
            return _server ??= await ProfileServer.StartAsync(new Dictionary<string, string?>
            {
                ["ProfileGraph:Store"] = kind == StoreKind.Postgres ? "postgres" : "sqlite",
                ["ConnectionStrings:Profiles"] = kind == StoreKind.Postgres
                    ? postgresConnectionString
                    : $"Data Source={Path.Combine(_directory, "profiles.db")}",
            });
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        _gate.Dispose();
    }
}

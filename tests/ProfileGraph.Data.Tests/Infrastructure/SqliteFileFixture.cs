namespace ProfileGraph.Data.Tests.Infrastructure;

/// <summary>A fresh SQLite database file for one test class, deleted afterwards.</summary>
public sealed class SqliteFileFixture : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pg-sqlite-" + Guid.NewGuid().ToString("N")[..12]);

    // The directory exists from the start, so a test may open the file itself before any store does.
    public SqliteFileFixture() => Directory.CreateDirectory(_directory);

    public string ConnectionString => $"Data Source={Path.Combine(_directory, "profiles.db")}";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}

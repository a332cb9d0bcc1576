namespace ProfileGraph.Data;

/// <summary>Which store to open and how. Bind from configuration with <see cref="FromConfiguration"/>.</summary>
public sealed class StoreOptions
{
    public const string DefaultSqliteConnectionString = "Data Source=./data/profilegraph.db";

    public StoreKind Kind { get; init; } = StoreKind.Sqlite;

    /// <summary>ADO.NET connection string; defaults to SQLite at ./data/profilegraph.db.</summary>
    public string ConnectionString { get; init; } = DefaultSqliteConnectionString;

    /// <summary>HMAC key that signs cursors; set it (32+ bytes) when several instances serve one database.</summary>
    public byte[]? CursorKey { get; init; }

    /// <summary>
    /// Reads <c>ProfileGraph:Store</c> (env <c>ProfileGraph__Store</c>: sqlite|postgres) and
    /// <c>ConnectionStrings:Profiles</c> through a configuration lookup such as <c>IConfiguration</c>'s indexer.
    /// </summary>
    public static StoreOptions FromConfiguration(Func<string, string?> lookup)
    {
        var kind = lookup("ProfileGraph:Store")?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => StoreKind.Sqlite,
            "postgres" or "postgresql" => StoreKind.Postgres,
            var other => throw new ArgumentException($"ProfileGraph:Store must be 'sqlite' or 'postgres', not '{other}'."),
        };
        var connection = lookup("ConnectionStrings:Profiles");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (kind == StoreKind.Postgres)
            {
                throw new ArgumentException("ConnectionStrings:Profiles is required when ProfileGraph:Store is 'postgres'.");
            }

            connection = DefaultSqliteConnectionString;
        }

        return new StoreOptions { Kind = kind, ConnectionString = connection };
    }
}

public enum StoreKind { Sqlite, Postgres }

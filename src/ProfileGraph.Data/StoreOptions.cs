namespace ProfileGraph.Data;

/// <summary>Which store to open and how. Bind from configuration with <see cref="FromConfiguration"/>.</summary>
public sealed class StoreOptions
{
    public const string DefaultSqliteConnectionString = "Data Source=./data/profilegraph.db";

    public StoreKind Kind { get; init; } = StoreKind.Sqlite;

    /// <summary>ADO.NET connection string; defaults to SQLite at ./data/profilegraph.db.</summary>
    public string ConnectionString { get; init; } = DefaultSqliteConnectionString;

    /// <summary>
    /// HMAC key that signs cursors (32+ bytes recommended). Unset, the store uses a key generated on its first
    /// start and kept in the database, so cursors survive restarts and work on every instance.
    /// </summary>
    public byte[]? CursorKey { get; init; }

    /// <summary>
    /// Reads <c>ProfileGraph:Store</c> (env <c>ProfileGraph__Store</c>: sqlite|postgres) and
    /// <c>ConnectionStrings:Profiles</c> and <c>ProfileGraph:CursorKey</c> (env <c>ProfileGraph__CursorKey</c>, base64)
    /// through a configuration lookup such as <c>IConfiguration</c>'s indexer.
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

        return new StoreOptions { Kind = kind, ConnectionString = connection, CursorKey = CursorKeyFrom(lookup("ProfileGraph:CursorKey")) };
    }

    private static byte[]? CursorKeyFrom(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new ArgumentException("ProfileGraph:CursorKey must be base64.");
        }

        return key.Length >= 16 ? key : throw new ArgumentException("ProfileGraph:CursorKey must hold at least 16 bytes.");
    }
}

public enum StoreKind { Sqlite, Postgres }

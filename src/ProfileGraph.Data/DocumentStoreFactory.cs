using ProfileGraph.Data.Postgres;
using ProfileGraph.Data.Sqlite;

namespace ProfileGraph.Data;

/// <summary>Opens the configured store: runs pending migrations and creates the schema's expression indexes.</summary>
public static class DocumentStoreFactory
{
    public static async Task<IDocumentStore> OpenAsync(StoreOptions options, DocumentSchema schema, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(schema);
        var cursorKey = options.CursorKey;
        Storage.SqlDocumentStore store = options.Kind switch
        {
            StoreKind.Postgres => new PostgresDocumentStore(options.ConnectionString, schema, cursorKey),
            _ => new SqliteDocumentStore(options.ConnectionString, schema, cursorKey),
        };
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return store;
    }
}

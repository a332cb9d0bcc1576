using ProfileGraph.Data.Tests.Infrastructure;

namespace ProfileGraph.Data.Tests.Store;

/// <summary>The shared suite on the embedded SQLite store.</summary>
public sealed class SqliteDocumentStoreTests(SqliteFileFixture file)
    : DocumentStoreTests(StoreKind.Sqlite, file.ConnectionString), IClassFixture<SqliteFileFixture>;

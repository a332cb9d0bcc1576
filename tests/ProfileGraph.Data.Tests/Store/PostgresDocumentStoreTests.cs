using ProfileGraph.Data.Tests.Infrastructure;

namespace ProfileGraph.Data.Tests.Store;

/// <summary>The shared suite on PostgreSQL (a throwaway cluster unless PROFILEGRAPH_TEST_POSTGRES is set).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDocumentStoreTests(PostgresFixture postgres)
    : DocumentStoreTests(StoreKind.Postgres, postgres.ConnectionString);

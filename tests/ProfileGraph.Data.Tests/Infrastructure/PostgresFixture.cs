namespace ProfileGraph.Data.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL per test run for every test in the "postgres" collection: PROFILEGRAPH_TEST_POSTGRES when set,
/// otherwise a throwaway cluster. Failing to get one fails the tests loudly; they never skip.
/// </summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly PostgresCluster? _cluster;

    public PostgresFixture()
    {
        var configured = Environment.GetEnvironmentVariable("PROFILEGRAPH_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
            return;
        }

        _cluster = PostgresCluster.Start();
        ConnectionString = _cluster.ConnectionString;
    }

    public string ConnectionString { get; }

    public void Dispose() => _cluster?.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}

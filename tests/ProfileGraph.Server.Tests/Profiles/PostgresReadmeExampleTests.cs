using ProfileGraph.Data;
using ProfileGraph.Data.Tests.Infrastructure;

namespace ProfileGraph.Server.Tests.Profiles;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReadmeExampleTests(ProfileServerCache cache, PostgresFixture postgres)
    : ReadmeExampleTests(cache, StoreKind.Postgres, postgres.ConnectionString), IClassFixture<ProfileServerCache>;

using ProfileGraph.Data;
using ProfileGraph.Data.Tests.Infrastructure;

namespace ProfileGraph.Server.Tests.Profiles;

[Collection(PostgresCollection.Name)]
public sealed class PostgresProfileIncrementTests(ProfileServerCache cache, PostgresFixture postgres)
    : ProfileIncrementTests(cache, StoreKind.Postgres, postgres.ConnectionString), IClassFixture<ProfileServerCache>;

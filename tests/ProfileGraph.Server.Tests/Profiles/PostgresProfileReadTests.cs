using ProfileGraph.Data;
using ProfileGraph.Data.Tests.Infrastructure;

namespace ProfileGraph.Server.Tests.Profiles;

[Collection(PostgresCollection.Name)]
public sealed class PostgresProfileReadTests(ProfileServerCache cache, PostgresFixture postgres)
    : ProfileReadTests(cache, StoreKind.Postgres, postgres.ConnectionString), IClassFixture<ProfileServerCache>;

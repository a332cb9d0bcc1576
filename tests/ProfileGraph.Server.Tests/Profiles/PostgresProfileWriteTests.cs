using ProfileGraph.Data;
using ProfileGraph.Data.Tests.Infrastructure;

namespace ProfileGraph.Server.Tests.Profiles;

[Collection(PostgresCollection.Name)]
public sealed class PostgresProfileWriteTests(ProfileServerCache cache, PostgresFixture postgres)
    : ProfileWriteTests(cache, StoreKind.Postgres, postgres.ConnectionString), IClassFixture<ProfileServerCache>;

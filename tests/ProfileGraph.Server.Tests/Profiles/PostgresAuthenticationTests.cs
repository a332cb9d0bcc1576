using ProfileGraph.Data;
using ProfileGraph.Data.Tests.Infrastructure;

namespace ProfileGraph.Server.Tests.Profiles;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAuthenticationTests(ProfileServerCache cache, PostgresFixture postgres)
    : AuthenticationTests(cache, StoreKind.Postgres, postgres.ConnectionString), IClassFixture<ProfileServerCache>;

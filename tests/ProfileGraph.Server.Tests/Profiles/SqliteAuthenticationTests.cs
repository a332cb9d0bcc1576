using ProfileGraph.Data;

namespace ProfileGraph.Server.Tests.Profiles;

public sealed class SqliteAuthenticationTests(ProfileServerCache cache)
    : AuthenticationTests(cache, StoreKind.Sqlite, null), IClassFixture<ProfileServerCache>;

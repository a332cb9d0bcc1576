using ProfileGraph.Data;

namespace ProfileGraph.Server.Tests.Profiles;

public sealed class SqliteProfileReadTests(ProfileServerCache cache)
    : ProfileReadTests(cache, StoreKind.Sqlite, null), IClassFixture<ProfileServerCache>;

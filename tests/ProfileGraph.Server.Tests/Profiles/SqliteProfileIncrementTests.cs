using ProfileGraph.Data;

namespace ProfileGraph.Server.Tests.Profiles;

public sealed class SqliteProfileIncrementTests(ProfileServerCache cache)
    : ProfileIncrementTests(cache, StoreKind.Sqlite, null), IClassFixture<ProfileServerCache>;

using ProfileGraph.Data;

namespace ProfileGraph.Server.Tests.Profiles;

public sealed class SqliteProfileWriteTests(ProfileServerCache cache)
    : ProfileWriteTests(cache, StoreKind.Sqlite, null), IClassFixture<ProfileServerCache>;

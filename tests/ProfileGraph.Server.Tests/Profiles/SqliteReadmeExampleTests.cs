using ProfileGraph.Data;

namespace ProfileGraph.Server.Tests.Profiles;

public sealed class SqliteReadmeExampleTests(ProfileServerCache cache)
    : ReadmeExampleTests(cache, StoreKind.Sqlite, null), IClassFixture<ProfileServerCache>;

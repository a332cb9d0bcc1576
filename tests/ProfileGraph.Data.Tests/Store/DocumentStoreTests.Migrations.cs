using System.Data.Common;

namespace ProfileGraph.Data.Tests.Store;

public abstract partial class DocumentStoreTests
{
    [Fact]
    public async Task Migrations_leave_no_devices_table_because_devices_live_in_the_document()
    {
        await using DbConnection connection = Kind == StoreKind.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString)
            : new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Kind == StoreKind.Sqlite
            ? "SELECT count(*) FROM sqlite_master WHERE name LIKE 'devices%'"
            : "SELECT count(*) FROM pg_class WHERE relname LIKE 'devices%' AND relnamespace = current_schema()::regnamespace";
        Assert.Equal(0L, Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }
}

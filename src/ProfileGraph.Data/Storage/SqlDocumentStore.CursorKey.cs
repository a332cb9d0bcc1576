using System.Data.Common;
using System.Security.Cryptography;
using ProfileGraph.Data.Sql;

namespace ProfileGraph.Data.Storage;

internal abstract partial class SqlDocumentStore
{
    private const string CursorKeyName = "cursor_key";

    /// <summary>
    /// The key stored in this database, created on first start. Every instance inserts its own candidate and
    /// then reads the row back, so instances starting together all end up with whichever insert won.
    /// </summary>
    private async Task<byte[]> StoredCursorKeyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var insert = Dialect.Parameters();
        var name = insert.Add(CursorKeyName, SqlParamType.Text);
        var candidate = insert.Add(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), SqlParamType.Text);
        await ExecuteAsync(connection, null, new SqlStatement(
            $"INSERT INTO store_metadata (key, value) VALUES ({name}, {candidate}) ON CONFLICT (key) DO NOTHING", insert.Items), cancellationToken).ConfigureAwait(false);

        var select = Dialect.Parameters();
        var stored = await ScalarAsync(connection, null, new SqlStatement(
            $"SELECT value FROM store_metadata WHERE key = {select.Add(CursorKeyName, SqlParamType.Text)}", select.Items), cancellationToken).ConfigureAwait(false);
        return stored is string text ? Convert.FromBase64String(text) : throw new InvalidOperationException("The stored cursor key is missing.");
    }
}

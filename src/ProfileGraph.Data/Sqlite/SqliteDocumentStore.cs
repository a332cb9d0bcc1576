using System.Data.Common;
using Microsoft.Data.Sqlite;
using ProfileGraph.Data.Sql;
using ProfileGraph.Data.Sql.Dialects;
using ProfileGraph.Data.Storage;

namespace ProfileGraph.Data.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. SQLite has one writer at a time, so writers in this
/// process queue on a gate instead of spinning on SQLITE_BUSY; BEGIN IMMEDIATE keeps other processes out.
/// </summary>
internal sealed class SqliteDocumentStore : SqlDocumentStore
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    static SqliteDocumentStore() => SQLitePCL.Batteries_V2.Init();

    public SqliteDocumentStore(string connectionString, DocumentSchema schema, byte[]? cursorKey)
        : base(SqliteDialect.Instance, schema, cursorKey)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource))
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        _connectionString = builder.ToString();
    }

    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = SqliteDialect.ConnectionSetup;
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    protected override void Bind(DbCommand command, SqlParam parameter)
    {
        var value = parameter.Value ?? DBNull.Value;
        var type = parameter.Type switch
        {
            SqlParamType.Int64 or SqlParamType.Bool => SqliteType.Integer,
            SqlParamType.Number => SqliteType.Real,
            _ => SqliteType.Text,
        };
        ((SqliteCommand)command).Parameters.Add(new SqliteParameter(parameter.Name, type) { Value = value });
    }

    protected override bool IsTransient(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 5 or 6 };

    protected override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 1555 or 2067 };

    // A non-deferred transaction is BEGIN IMMEDIATE: the write lock is taken before the row is read.
    protected override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    protected override async ValueTask<IDisposable?> EnterWriteGateAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(_writeGate);
    }

    public override ValueTask DisposeAsync()
    {
        _writeGate.Dispose();
        return ValueTask.CompletedTask;
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}

using System.Data.Common;
using System.Text.Json.Nodes;
using ProfileGraph.Data.Sql;
using ProfileGraph.Data.Sql.Dialects;

namespace ProfileGraph.Data.Storage;

/// <summary>
/// The engine-neutral store: plans statements with the dialect, runs them over ADO.NET, wraps database
/// failures once. Engines supply connections, parameter binding, error classification and write locking.
/// </summary>
internal abstract partial class SqlDocumentStore : IDocumentStore
{
    private readonly byte[]? _configuredCursorKey;
    private readonly IncrementBatches _incrementBatches = new();
    private CursorCodec _cursors = null!;
    private int _readsInProgress;

    // A null cursor key means the key stored in the database, read during InitializeAsync.
    protected SqlDocumentStore(SqlDialect dialect, DocumentSchema schema, byte[]? cursorKey)
    {
        Dialect = dialect;
        Schema = schema;
        _configuredCursorKey = cursorKey;
    }

    public DocumentSchema Schema { get; }

    internal SqlDialect Dialect { get; }

    public abstract ValueTask DisposeAsync();

    /// <summary>Runs pending migrations, settles the cursor key, then lays out what the schema's indexed fields need.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await Guard(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await MigrationRunner.RunAsync(this, connection, cancellationToken).ConfigureAwait(false);
            _cursors = new CursorCodec(_configuredCursorKey ?? await StoredCursorKeyAsync(connection, cancellationToken).ConfigureAwait(false));
            await ApplyLayoutAsync(connection, cancellationToken).ConfigureAwait(false);
            return 0;
        }).ConfigureAwait(false);
    }

    /// <summary>Creates what the schema's indexed fields need (here: the dialect's index for each) and its compound indexes.</summary>
    protected virtual async Task ApplyLayoutAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        foreach (var ddl in Schema.Fields.Select(Dialect.CreateIndex).OfType<string>())
        {
            await ExecuteAsync(connection, null, new SqlStatement(ddl, []), cancellationToken).ConfigureAwait(false);
        }

        await ApplyCompoundIndexesAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drops the compound indexes the schema no longer declares and creates the missing ones.</summary>
    protected async Task ApplyCompoundIndexesAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var existing = new List<string>();
        await using (var command = Command(connection, transaction, new SqlStatement(Dialect.ReadCompoundIndexes, [])))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                existing.Add(reader.GetString(0));
            }
        }

        var wanted = Schema.CompoundIndexes.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var ddl = existing.Where(name => !wanted.ContainsKey(name)).Select(SqlDialect.DropIndex)
            .Concat(wanted.Values.Where(i => !existing.Contains(i.Name)).Select(Dialect.CreateCompoundIndex));
        foreach (var statement in ddl)
        {
            await ExecuteAsync(connection, transaction, new SqlStatement(statement, []), cancellationToken).ConfigureAwait(false);
        }
    }

    protected abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A connection for a read outside a transaction; <paramref name="concurrent"/> says another read of this store
    /// is in progress. By default the same as <see cref="OpenAsync"/>.
    /// </summary>
    protected virtual ValueTask<DbConnection> OpenForReadAsync(bool concurrent, CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    protected abstract void Bind(DbCommand command, SqlParam parameter);

    protected abstract bool IsTransient(DbException exception);

    protected abstract bool IsUniqueViolation(DbException exception);

    /// <summary>Begins a transaction that holds the write lock for the rows it reads (SQLite: the database).</summary>
    protected abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Serializes writers in this process where the engine allows only one (SQLite); nothing elsewhere.</summary>
    protected virtual ValueTask<IDisposable?> EnterWriteGateAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IDisposable?>(null);

    internal DbCommand Command(DbConnection connection, DbTransaction? transaction, SqlStatement statement)
    {
        var command = connection.CreateCommand();
        command.CommandText = statement.Text;
        command.Transaction = transaction;
        foreach (var parameter in statement.Parameters)
        {
            Bind(command, parameter);
        }

        return command;
    }

    internal async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, SqlStatement statement, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, statement);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    internal async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, SqlStatement statement, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, statement);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    /// <summary>Runs a read on a connection of <see cref="OpenForReadAsync"/>, wrapping database failures.</summary>
    protected async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        var concurrent = Interlocked.Increment(ref _readsInProgress) > 1;
        try
        {
            return await OnConnectionAsync(() => OpenForReadAsync(concurrent, cancellationToken), work).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _readsInProgress);
        }
    }

    /// <summary>Runs one autocommit write statement on a connection of <see cref="OpenAsync"/>, wrapping database failures.</summary>
    protected Task<T> AutocommitAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken) =>
        OnConnectionAsync(() => OpenAsync(cancellationToken), work);

    private async Task<T> OnConnectionAsync<T>(Func<ValueTask<DbConnection>> open, Func<DbConnection, Task<T>> work) =>
        await Guard(async () =>
        {
            await using var connection = await open().ConfigureAwait(false);
            return await work(connection).ConfigureAwait(false);
        }).ConfigureAwait(false);

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction, committing only when it says so. A lost race on a
    /// new row (unique violation) or a transient failure retries the whole transaction; <paramref name="retryConflicts"/>
    /// false fails at once on a unique violation (in a bulk load it is a duplicate id, not a race, and would repeat).
    /// </summary>
    protected async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<(T Result, bool Commit)>> work, CancellationToken cancellationToken, bool retryConflicts = true)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var gate = await EnterWriteGateAsync(cancellationToken).ConfigureAwait(false);
                await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
                var (result, commit) = await work(connection, transaction).ConfigureAwait(false);
                if (commit)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                }

                return result;
            }
            catch (DbException ex) when (attempt < 5 && ((retryConflicts && IsUniqueViolation(ex)) || IsTransient(ex)))
            {
                await Task.Delay(attempt * 5, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException ex)
            {
                throw Wrap(ex);
            }
        }
    }

    private async Task<T> Guard<T>(Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            throw Wrap(ex);
        }
    }

    private StoreException Wrap(DbException ex) =>
        new($"The {Dialect.Name} store failed: {ex.Message}", IsTransient(ex), ex);

    internal StoredDocument ReadDocument(DbDataReader reader, Projection projection)
    {
        var id = reader.GetString(0);
        var version = reader.GetInt64(1);
        var createdAt = Dialect.ReadTimestamp(reader, 2);
        var updatedAt = Dialect.ReadTimestamp(reader, 3);
        if (projection.Paths is null)
        {
            return new StoredDocument(id, version, createdAt, updatedAt, StoredJson.Parse(reader.GetString(4))!.AsObject());
        }

        // The selected paths stay text until they are asked for (see StoredDocument).
        var columns = new string?[projection.Paths.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = reader.IsDBNull(4 + i) ? null : reader.GetString(4 + i);
        }

        return new StoredDocument(id, version, createdAt, updatedAt, projection, columns);
    }
}

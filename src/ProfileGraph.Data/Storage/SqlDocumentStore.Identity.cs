using ProfileGraph.Data.Sql;

namespace ProfileGraph.Data.Storage;

internal abstract partial class SqlDocumentStore
{
    public async Task<BindResult> BindIdentityAsync(string project, IdentityKey identity, string profileId, CancellationToken cancellationToken = default)
    {
        var scope = ProjectScope.Create(project);
        Check(identity);
        ProjectScope.CheckId(profileId);
        return await WriteAsync(async (connection, transaction) =>
        {
            // The primary key decides: the insert is a no-op when the identity is taken, then we read who holds it.
            var inserted = await ExecuteAsync(connection, transaction, Dialect.BindIdentity(scope, identity, profileId), cancellationToken).ConfigureAwait(false);
            if (inserted == 1)
            {
                return (new BindResult(BindOutcome.Bound, profileId), true);
            }

            var holder = (string)(await ScalarAsync(connection, transaction, Dialect.LookupIdentity(scope, identity), cancellationToken).ConfigureAwait(false))!;
            return (new BindResult(holder == profileId ? BindOutcome.AlreadyBound : BindOutcome.Conflict, holder), true);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> LookupIdentityAsync(string project, IdentityKey identity, CancellationToken cancellationToken = default)
    {
        var statement = Dialect.LookupIdentity(ProjectScope.Create(project), Check(identity));
        return await ReadAsync(async connection => (string?)await ScalarAsync(connection, null, statement, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> UnbindIdentityAsync(string project, IdentityKey identity, string? profileId = null, CancellationToken cancellationToken = default)
    {
        var statement = Dialect.UnbindIdentity(ProjectScope.Create(project), Check(identity), profileId);
        return await WriteAsync(async (connection, transaction) =>
            (await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false) > 0, true), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<IdentityKey>> GetIdentitiesAsync(string project, string profileId, CancellationToken cancellationToken = default)
    {
        var statement = Dialect.ListIdentities(ProjectScope.Create(project), ProjectScope.CheckId(profileId));
        return await ReadAsync<IReadOnlyList<IdentityKey>>(async connection =>
        {
            var list = new List<IdentityKey>();
            await using var command = Command(connection, null, statement);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                list.Add(new IdentityKey(reader.GetString(0), reader.GetString(1)));
            }

            return list;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static IdentityKey Check(IdentityKey identity)
    {
        if (string.IsNullOrEmpty(identity.Kind) || identity.Kind.Length > 64 || string.IsNullOrEmpty(identity.Value) || identity.Value.Length > 512)
        {
            throw new QueryException(QueryErrorCodes.InvalidId, "An identity needs a kind (1-64 characters) and a value (1-512 characters).");
        }

        return identity;
    }
}

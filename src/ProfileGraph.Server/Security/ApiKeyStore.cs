using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ProfileGraph.Data;
using ProfileGraph.Profiles.Security;

namespace ProfileGraph.Server.Security;

/// <summary>
/// API keys kept as documents of the reserved project <c>$keys</c> of the profile store (id = key id), so
/// they live in the same database, on either store, with no extra table. A <c>$</c> project can never be a
/// caller's project because projects come only from keys. Only the secret's hash is stored.
/// </summary>
internal sealed class ApiKeyStore(IDocumentStore store, IOptions<ProfileApiOptions> options, TimeProvider time) : IApiKeyManager
{
    internal const string KeysProject = "$keys";

    private readonly ConcurrentDictionary<string, (StoredApiKey Key, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    /// <summary>Creates a key with a random secret for <paramref name="project"/>; the secret is returned once.</summary>
    public async Task<IssuedApiKey> CreateAsync(string project, ApiKeyRole role, CancellationToken cancellationToken = default)
    {
        var issued = ApiKeys.Create(role);
        await SaveAsync(issued, project, cancellationToken).ConfigureAwait(false);
        return issued;
    }

    /// <summary>Creates or replaces the key <paramref name="issued"/> names (bootstrap keys with a known secret).</summary>
    public async Task SaveAsync(IssuedApiKey issued, string project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issued);
        ArgumentException.ThrowIfNullOrEmpty(project);
        var body = new JsonObject
        {
            ["ext"] = new JsonObject
            {
                ["project"] = project,
                ["role"] = issued.Role.ToString(),
                ["secretHash"] = issued.SecretHash,
            },
        };
        await store.UpsertAsync(KeysProject, issued.KeyId, body, cancellationToken: cancellationToken).ConfigureAwait(false);
        _cache.TryRemove(issued.KeyId, out _);
    }

    /// <summary>
    /// The keys of <paramref name="project"/>, oldest first. Keys of all projects share one id space, so this
    /// pages through every key; key counts are small (at most 100 per project).
    /// </summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(string project, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(project);
        var listed = new List<ApiKeyInfo>();
        var query = new QueryModel { Order = [SortField.Asc("createdAt")], Take = QueryModel.MaxTake };
        while (true)
        {
            var page = await store.QueryAsync(KeysProject, query, cancellationToken).ConfigureAwait(false);
            listed.AddRange(page.Items
                .Select(document => Read(document.Id, document.Body) is { } key && key.Project == project
                    ? new ApiKeyInfo(key.KeyId, key.Role, document.CreatedAt)
                    : null)
                .OfType<ApiKeyInfo>());
            if (!page.HasNextPage)
            {
                return listed;
            }

            query = query with { After = page.EndCursor };
        }
    }

    /// <summary>
    /// Deletes the key when it belongs to <paramref name="project"/>. This instance forgets it at once; other
    /// instances stop accepting it when their cache entry expires (<see cref="ProfileApiOptions.KeyCacheDuration"/>).
    /// </summary>
    public async Task<bool> RevokeAsync(string project, string keyId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(project);
        if (!ApiKeys.IsValidKeyId(keyId))
        {
            return false;
        }

        var documents = await store.GetByIdsAsync(KeysProject, [keyId], cancellationToken: cancellationToken).ConfigureAwait(false);
        if (documents[0] is not { } document || Read(keyId, document.Body)?.Project != project)
        {
            return false;
        }

        var deleted = await store.DeleteAsync(KeysProject, keyId, document.Version, cancellationToken).ConfigureAwait(false);
        _cache.TryRemove(keyId, out _);
        return deleted;
    }

    /// <summary>Whether any key exists (first start creates one when none does).</summary>
    public async Task<bool> AnyAsync(CancellationToken cancellationToken = default) =>
        await store.CountAsync(KeysProject, cancellationToken: cancellationToken).ConfigureAwait(false) > 0;

    /// <summary>The key when <paramref name="credential"/> names one and its secret matches; otherwise null.</summary>
    public async Task<StoredApiKey?> VerifyAsync(ApiCredential credential, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var key = await FindAsync(credential.KeyId, cancellationToken).ConfigureAwait(false);
        return key is not null && ApiKeys.VerifySecret(credential.Secret, key.SecretHash) ? key : null;
    }

    private async Task<StoredApiKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(keyId, out var cached) && cached.Until > now)
        {
            return cached.Key;
        }

        var documents = await store.GetByIdsAsync(KeysProject, [keyId], cancellationToken: cancellationToken).ConfigureAwait(false);
        var key = documents[0] is { } document ? Read(keyId, document.Body) : null;
        // Only real keys are cached: unknown ids sent by anyone must not grow the cache.
        if (key is not null)
        {
            _cache[keyId] = (key, now + options.Value.KeyCacheDuration);
        }

        return key;
    }

    private static StoredApiKey? Read(string keyId, JsonObject body)
    {
        if (body["ext"] is not JsonObject ext
            || ext["project"]?.GetValue<string>() is not { Length: > 0 } project
            || ext["secretHash"]?.GetValue<string>() is not { Length: > 0 } hash
            || !Enum.TryParse<ApiKeyRole>(ext["role"]?.GetValue<string>(), ignoreCase: true, out var role))
        {
            return null;
        }

        return new StoredApiKey(keyId, project, role, hash);
    }
}

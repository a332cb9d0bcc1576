using System.Text.Json.Nodes;
using ProfileGraph.Data;

namespace ProfileGraph.Profiles.Resolvers.Mutations;

/// <summary>What a modification decided: the new body, or the payload errors (then nothing is written).</summary>
internal sealed record Modification(JsonObject? Body, IReadOnlyList<IReadOnlyDictionary<string, object?>> Errors)
{
    public static Modification Write(JsonObject body) => new(body, []);

    public static Modification Fail(IEnumerable<IReadOnlyDictionary<string, object?>> errors) => new(null, errors.ToList());
}

/// <summary>The result of <see cref="ProfileModifier.ModifyAsync"/>: the written document or the payload errors.</summary>
internal sealed record ModifyOutcome(StoredDocument? Document, IReadOnlyList<IReadOnlyDictionary<string, object?>> Errors);

/// <summary>
/// Read, change, write with the version read as the expected version; a concurrent write makes the
/// write fail and the change is computed again on the new state, so no update is lost. When the
/// caller names an expected version, a mismatch is a <c>VersionConflictError</c> instead.
/// </summary>
internal sealed class ProfileModifier(IDocumentStore store, ProfileOptions options)
{
    public async Task<ModifyOutcome> ModifyAsync(
        string project,
        string profileId,
        Func<StoredDocument?, Modification> modify,
        long? expectedVersion,
        bool createIfMissing,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var current = (await store.GetByIdsAsync(project, [profileId], null, cancellationToken).ConfigureAwait(false))[0];
            if (current is null && !createIfMissing)
            {
                return new ModifyOutcome(null, [PayloadErrors.ProfileNotFound(profileId)]);
            }

            if (expectedVersion is { } expected && (current?.Version ?? 0) != expected)
            {
                return new ModifyOutcome(null, [PayloadErrors.VersionConflict(profileId, expected, current?.Version ?? 0)]);
            }

            var modification = modify(current);
            if (modification.Body is null)
            {
                return new ModifyOutcome(null, modification.Errors);
            }

            modification.Body[Operations.PropertiesSize.Field] = Operations.PropertiesSize.Measure(modification.Body["properties"] as JsonObject ?? []);
            UpdateResult result;
            try
            {
                result = await store.UpsertAsync(project, profileId, modification.Body, current?.Version ?? 0, cancellationToken).ConfigureAwait(false);
            }
            catch (QueryException e)
            {
                return new ModifyOutcome(null, [PayloadErrors.StoreRejected(e.Code, e.Message)]);
            }

            switch (result.Status)
            {
                case UpdateStatus.Updated or UpdateStatus.Created or UpdateStatus.Unchanged:
                    return new ModifyOutcome(result.Document, []);
                case UpdateStatus.VersionConflict when expectedVersion is null && attempt < options.MaxUpdateRetries:
                    continue;
                case UpdateStatus.VersionConflict:
                    return new ModifyOutcome(null, [PayloadErrors.VersionConflict(profileId, expectedVersion ?? current?.Version ?? 0, result.Document?.Version ?? -1)]);
                case UpdateStatus.NotFound:
                    return new ModifyOutcome(null, [PayloadErrors.ProfileNotFound(profileId)]);
                default:
                    return new ModifyOutcome(null, [PayloadErrors.StoreRejected(result.ErrorCode, result.ErrorMessage)]);
            }
        }
    }
}

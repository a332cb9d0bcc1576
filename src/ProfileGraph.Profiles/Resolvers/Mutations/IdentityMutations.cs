using System.Text.Json.Nodes;
using ProfileGraph.Data;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Profiles.Rules;

namespace ProfileGraph.Profiles.Resolvers.Mutations;

/// <summary>
/// Resolvers of <c>identifyProfile</c> (an anonymous id becomes a user id; the anonymous profile's data
/// moves into the user's) and <c>upsertDevice</c>. An identity bound to another user is an
/// <c>IdentityConflictError</c>, never a silent merge.
/// </summary>
internal sealed class IdentityMutations(IDocumentStore store, ProfileOptions options, ProfileModifier modifier)
{
    public const string UserIdKind = "userId";
    public const string AnonymousIdKind = "anonymousId";
    public const string RegistrationIdKind = "registrationId";

    public void Register(SchemaBuilder builder)
    {
        builder.AddResolver("Mutation.identifyProfile", IdentifyAsync);
        builder.AddResolver("Mutation.upsertDevice", UpsertDeviceAsync);
    }

    private async ValueTask<object?> IdentifyAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.ProjectForWrite(context);
        var input = context.ArgumentValue<IReadOnlyDictionary<string, object?>>("input");
        var anonymousId = (string)input["anonymousId"]!;
        var userId = (string)input["userId"]!;
        var ct = context.RequestAborted;

        var userProfileId = await store.LookupIdentityAsync(project, new IdentityKey(UserIdKind, userId), ct).ConfigureAwait(false) ?? userId;
        var anonymousProfileId = await store.LookupIdentityAsync(project, new IdentityKey(AnonymousIdKind, anonymousId), ct).ConfigureAwait(false) ?? anonymousId;
        StoredDocument? anonymous = null;
        if (anonymousProfileId != userProfileId)
        {
            anonymous = (await store.GetByIdsAsync(project, [anonymousProfileId], null, ct).ConfigureAwait(false))[0];
            var boundUser = JsonValues.String(anonymous?.Body["identities"] as JsonObject, "userId");
            if (boundUser is not null && boundUser != userId)
            {
                return PayloadErrors.Payload("profile", null, [PayloadErrors.IdentityConflict(anonymousId, boundUser)]);
            }
        }

        var outcome = await modifier.ModifyAsync(project, userProfileId, current =>
        {
            var body = current is null ? new JsonObject() : (JsonObject)current.Body.DeepClone();
            if (anonymous is not null)
            {
                ProfileMerger.MergeInto(body, anonymous.Body);
            }

            var identities = ProfileMerger.Object(body, "identities");
            identities["userId"] = userId;
            ProfileMerger.AddToList(identities, "anonymousIds", anonymousId);
            var size = Operations.PropertiesSize.Measure(body["properties"] as JsonObject ?? []);
            return size > options.MaxPropertiesBytes
                ? Modification.Fail([PayloadErrors.From(ViolationMessages.PropertiesTooLarge(options.MaxPropertiesBytes, size))])
                : Modification.Write(body);
        }, null, createIfMissing: true, ct).ConfigureAwait(false);
        if (outcome.Document is null)
        {
            return PayloadErrors.Payload("profile", null, outcome.Errors);
        }

        var userBind = await store.BindIdentityAsync(project, new IdentityKey(UserIdKind, userId), userProfileId, ct).ConfigureAwait(false);
        if (userBind.Outcome == BindOutcome.Conflict)
        {
            return PayloadErrors.Payload("profile", null, [PayloadErrors.IdentityConflict(userId, userBind.ProfileId)]);
        }

        if (anonymous is not null)
        {
            await store.UnbindIdentityAsync(project, new IdentityKey(AnonymousIdKind, anonymousId), anonymous.Id, ct).ConfigureAwait(false);
            await store.DeleteAsync(project, anonymous.Id, null, ct).ConfigureAwait(false);
        }

        var anonymousBind = await store.BindIdentityAsync(project, new IdentityKey(AnonymousIdKind, anonymousId), userProfileId, ct).ConfigureAwait(false);
        if (anonymousBind.Outcome == BindOutcome.Conflict)
        {
            return PayloadErrors.Payload("profile", null, [PayloadErrors.IdentityConflict(anonymousId, anonymousBind.ProfileId)]);
        }

        return PayloadErrors.Payload("profile", new ProfileView(outcome.Document));
    }

    private async ValueTask<object?> UpsertDeviceAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.ProjectForWrite(context);
        var input = context.ArgumentValue<IReadOnlyDictionary<string, object?>>("input");
        var profileId = (string)input["profileId"]!;
        var registrationId = (string)input["registrationId"]!;
        var ct = context.RequestAborted;

        var violations = DeviceRules.Check(input);
        if (violations.Count > 0)
        {
            return PayloadErrors.Payload("device", null, violations.Select(PayloadErrors.From).ToList());
        }

        var bound = await store.LookupIdentityAsync(project, new IdentityKey(RegistrationIdKind, registrationId), ct).ConfigureAwait(false);
        if (bound is not null && bound != profileId)
        {
            return PayloadErrors.Payload("device", null, [PayloadErrors.IdentityConflict(registrationId, bound)]);
        }

        JsonObject? device = null;
        var outcome = await modifier.ModifyAsync(project, profileId, current =>
        {
            var body = (JsonObject)current!.Body.DeepClone();
            device = DeviceRules.Upsert(body, input);
            ProfileMerger.AddToList(ProfileMerger.Object(body, "identities"), "registrationIds", registrationId);
            return Modification.Write(body);
        }, null, createIfMissing: false, ct).ConfigureAwait(false);
        if (outcome.Document is null)
        {
            return PayloadErrors.Payload("device", null, outcome.Errors);
        }

        var bind = await store.BindIdentityAsync(project, new IdentityKey(RegistrationIdKind, registrationId), profileId, ct).ConfigureAwait(false);
        return bind.Outcome == BindOutcome.Conflict
            ? PayloadErrors.Payload("device", null, [PayloadErrors.IdentityConflict(registrationId, bind.ProfileId)])
            : PayloadErrors.Payload("device", device);
    }
}

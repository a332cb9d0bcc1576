using System.Text.Json.Nodes;
using ProfileGraph.Data;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Profiles.Accounts;
using ProfileGraph.Profiles.Rules;

namespace ProfileGraph.Profiles.Resolvers.Mutations;

/// <summary>
/// Resolver of <c>updateAccount</c>. Usernames and emails are unique per project case-insensitively,
/// enforced by binding their lower-case form as an identity; a new password is stored only as a
/// PBKDF2 hash; a changed phone resets <c>phoneVerified</c>.
/// </summary>
internal sealed class AccountMutations(IDocumentStore store, ProfileModifier modifier)
{
    private const string UsernameKind = "username";
    private const string EmailKind = "accountEmail";
    private readonly PasswordHasher _hasher = new();

    public void Register(SchemaBuilder builder) => builder.AddResolver("Mutation.updateAccount", UpdateAccountAsync);

    private async ValueTask<object?> UpdateAccountAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.ProjectForWrite(context);
        var input = context.ArgumentValue<IReadOnlyDictionary<string, object?>>("input");
        var profileId = (string)input["profileId"]!;
        var username = input.GetValueOrDefault("username") as string;
        var email = input.GetValueOrDefault("email") as string;
        var password = input.GetValueOrDefault("newPassword") as string;
        var phone = input.GetValueOrDefault("phone") as string;
        var ct = context.RequestAborted;

        var violations = AccountRules.Check(username, email, password, phone);
        if (violations.Count > 0)
        {
            return PayloadErrors.Payload("profile", null, violations.Select(PayloadErrors.From).ToList());
        }

        var claimed = new List<IdentityKey>();
        async Task<bool> ClaimAsync(string kind, string? value)
        {
            if (value is null)
            {
                return true;
            }

            var key = new IdentityKey(kind, value.ToLowerInvariant());
            var result = await store.BindIdentityAsync(project, key, profileId, ct).ConfigureAwait(false);
            if (result.Outcome == BindOutcome.Bound)
            {
                claimed.Add(key);
            }

            return result.Outcome != BindOutcome.Conflict;
        }

        if (!await ClaimAsync(UsernameKind, username).ConfigureAwait(false))
        {
            return PayloadErrors.Payload("profile", null, [PayloadErrors.UsernameTaken(username!)]);
        }

        if (!await ClaimAsync(EmailKind, email).ConfigureAwait(false))
        {
            await ReleaseAsync(project, claimed, profileId, ct).ConfigureAwait(false);
            return PayloadErrors.Payload("profile", null, [PayloadErrors.EmailTaken(email!)]);
        }

        // Computed once: a retried write must not hash again.
        var passwordHash = password is null ? null : _hasher.Hash(password);
        var released = new List<IdentityKey>();
        var outcome = await modifier.ModifyAsync(project, profileId, current =>
        {
            var body = (JsonObject)current!.Body.DeepClone();
            var account = ProfileMerger.Object(body, "account");
            released.Clear();
            Replace(account, "username", "usernameKey", UsernameKind, username, released);
            Replace(account, "email", "emailKey", EmailKind, email, released);
            if (passwordHash is not null)
            {
                account["passwordHash"] = passwordHash;
            }

            if (phone is not null && JsonValues.String(account, "phone") != phone)
            {
                account["phone"] = phone;
                account["phoneVerified"] = false;
            }

            return Modification.Write(body);
        }, null, createIfMissing: false, ct).ConfigureAwait(false);

        if (outcome.Document is null)
        {
            await ReleaseAsync(project, claimed, profileId, ct).ConfigureAwait(false);
            return PayloadErrors.Payload("profile", null, outcome.Errors);
        }

        await ReleaseAsync(project, released, profileId, ct).ConfigureAwait(false);
        return PayloadErrors.Payload("profile", new ProfileView(outcome.Document));
    }

    private static void Replace(JsonObject account, string field, string keyField, string kind, string? value, List<IdentityKey> released)
    {
        if (value is null)
        {
            return;
        }

        var oldKey = JsonValues.String(account, keyField);
        var newKey = value.ToLowerInvariant();
        if (oldKey is not null && oldKey != newKey)
        {
            released.Add(new IdentityKey(kind, oldKey));
        }

        account[field] = value;
        account[keyField] = newKey;
    }

    private async Task ReleaseAsync(string project, IEnumerable<IdentityKey> keys, string profileId, CancellationToken ct)
    {
        foreach (var key in keys)
        {
            await store.UnbindIdentityAsync(project, key, profileId, ct).ConfigureAwait(false);
        }
    }
}

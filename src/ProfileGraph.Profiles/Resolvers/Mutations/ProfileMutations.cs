using System.Text.Json.Nodes;
using ProfileGraph.Data;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Profiles.Operations;
using ProfileGraph.Profiles.Properties;
using ProfileGraph.Profiles.Rules;

namespace ProfileGraph.Profiles.Resolvers.Mutations;

/// <summary>Resolvers of <c>setProfile</c>, <c>updateProfile</c>, <c>deleteProfile</c> and <c>deleteProperties</c>.</summary>
internal sealed class ProfileMutations(IDocumentStore store, ProfileOptions options, PropertyDeclarations declarations, ProfileModifier modifier)
{
    public void Register(SchemaBuilder builder)
    {
        builder.AddResolver("Mutation.setProfile", SetProfileAsync);
        builder.AddResolver("Mutation.updateProfile", UpdateProfileAsync);
        builder.AddResolver("Mutation.deleteProfile", DeleteProfileAsync);
        builder.AddResolver("Mutation.deleteProperties", DeletePropertiesAsync);
    }

    private static IReadOnlyDictionary<string, object?> Input(IResolverContext context) =>
        context.ArgumentValue<IReadOnlyDictionary<string, object?>>("input");

    private async ValueTask<object?> SetProfileAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.ProjectForWrite(context);
        var input = Input(context);
        var profileId = (string)input["profileId"]!;
        var violations = new List<WriteViolation>();
        var operations = new PropertyOperations { Set = PropertyOperations.ReadArgument("properties", input.GetValueOrDefault("properties"), violations) };
        ProfileFieldWriter.Apply([], input, violations);
        violations.AddRange(OperationValidator.Validate(operations, declarations));
        if (violations.Count > 0)
        {
            return PayloadErrors.Payload("profile", null, violations.Select(PayloadErrors.From).ToList());
        }

        var outcome = await modifier.ModifyAsync(project, profileId, current => Change(current, input, operations), null, createIfMissing: true, context.RequestAborted).ConfigureAwait(false);
        return Payload(outcome);
    }

    private async ValueTask<object?> UpdateProfileAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.ProjectForWrite(context);
        var input = Input(context);
        var profileId = (string)input["profileId"]!;
        var violations = new List<WriteViolation>();
        var operations = ReadOperations(input, violations);
        var fields = input.GetValueOrDefault("fields") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        ProfileFieldWriter.Apply([], fields, violations);
        violations.AddRange(OperationValidator.Validate(operations, declarations));
        if (violations.Count > 0)
        {
            return PayloadErrors.Payload("profile", null, violations.Select(PayloadErrors.From).ToList());
        }

        var expected = input.GetValueOrDefault("expectedVersion") is long version ? version : (long?)null;
        if (fields.Count == 0 && IncrementPlan.TryCreate(operations, declarations) is { } targets)
        {
            // The store applies a plain increment in one statement when that is exactly right; otherwise the general path reports why.
            var limits = new IncrementLimits(options.MaxPropertiesBytes, PropertiesSize.Field);
            var select = ProfileProjection.ForProfileFields(context.GetSelections().Where(f => f.Name == "profile").SelectMany(f => f.GetSelections()));
            if (await store.TryIncrementAsync(project, profileId, targets, limits, expected, select, context.RequestAborted).ConfigureAwait(false) is { } incremented)
            {
                return Payload(new ModifyOutcome(incremented, []));
            }
        }

        var outcome = await modifier.ModifyAsync(project, profileId, current => Change(current, fields, operations), expected, createIfMissing: false, context.RequestAborted).ConfigureAwait(false);
        return Payload(outcome);
    }

    /// <summary>Reads set / setOnce / increment / append / remove / unset of an update input.</summary>
    internal static PropertyOperations ReadOperations(IReadOnlyDictionary<string, object?> input, List<WriteViolation> violations) => new()
    {
        Set = PropertyOperations.ReadArgument("set", input.GetValueOrDefault("set"), violations),
        SetOnce = PropertyOperations.ReadArgument("setOnce", input.GetValueOrDefault("setOnce"), violations),
        Increment = PropertyOperations.ReadArgument("increment", input.GetValueOrDefault("increment"), violations),
        Append = PropertyOperations.ReadArgument("append", input.GetValueOrDefault("append"), violations),
        Remove = PropertyOperations.ReadArgument("remove", input.GetValueOrDefault("remove"), violations),
        Unset = (input.GetValueOrDefault("unset") as IEnumerable<object?>)?.OfType<string>().ToList() ?? [],
    };

    private Modification Change(StoredDocument? current, IReadOnlyDictionary<string, object?> fields, PropertyOperations operations)
    {
        var body = current is null ? new JsonObject() : (JsonObject)current.Body.DeepClone();
        var violations = new List<WriteViolation>();
        ProfileFieldWriter.Apply(body, fields, violations);
        var applied = PropertyOperationApplier.Apply(body["properties"] as JsonObject ?? [], operations, declarations, options.MaxPropertiesBytes);
        violations.AddRange(applied.Violations);
        if (violations.Count > 0)
        {
            return Modification.Fail(violations.Select(PayloadErrors.From));
        }

        body["properties"] = applied.Properties;
        return Modification.Write(body);
    }

    private async ValueTask<object?> DeleteProfileAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.ProjectForWrite(context);
        var profileId = (string)Input(context)["profileId"]!;
        var deleted = await store.DeleteAsync(project, profileId, null, context.RequestAborted).ConfigureAwait(false);
        return deleted
            ? PayloadErrors.Payload("profileId", profileId)
            : PayloadErrors.Payload("profileId", null, [PayloadErrors.ProfileNotFound(profileId)]);
    }

    private async ValueTask<object?> DeletePropertiesAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.ProjectForWrite(context);
        var input = Input(context);
        var profileId = (string)input["profileId"]!;
        var keys = (input.GetValueOrDefault("keys") as IEnumerable<object?>)?.OfType<string>().ToList();
        var outcome = await modifier.ModifyAsync(project, profileId, current =>
        {
            var body = (JsonObject)current!.Body.DeepClone();
            if (keys is null)
            {
                body.Remove("properties");
            }
            else if (body["properties"] is JsonObject properties)
            {
                keys.ForEach(key => properties.Remove(key));
            }

            return Modification.Write(body);
        }, null, createIfMissing: false, context.RequestAborted).ConfigureAwait(false);
        return Payload(outcome);
    }

    private static IReadOnlyDictionary<string, object?> Payload(ModifyOutcome outcome) =>
        PayloadErrors.Payload("profile", outcome.Document is { } document ? new ProfileView(document) : null, outcome.Errors);
}

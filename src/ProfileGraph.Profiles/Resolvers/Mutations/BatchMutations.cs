using System.Text.Json.Nodes;
using ProfileGraph.Data;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Profiles.Operations;
using ProfileGraph.Profiles.Properties;
using ProfileGraph.Profiles.Rules;
using ProfileGraph.Profiles.Schema;

namespace ProfileGraph.Profiles.Resolvers.Mutations;

/// <summary>
/// Resolver of <c>updateProfiles</c>: the same fields and property operations on every profile
/// matching <c>where</c> (at most 1000), in one store transaction: all are written or none.
/// </summary>
internal sealed class BatchMutations(IDocumentStore store, ProfileOptions options, PropertyDeclarations declarations, FilterTranslator filters)
{
    public void Register(SchemaBuilder builder) => builder.AddResolver("Mutation.updateProfiles", UpdateProfilesAsync);

    private async ValueTask<object?> UpdateProfilesAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.ProjectForWrite(context);
        var input = context.ArgumentValue<IReadOnlyDictionary<string, object?>>("input");
        var take = input.GetValueOrDefault("take") as int? ?? options.DefaultPageSize;
        var skip = input.GetValueOrDefault("skip") as int? ?? 0;
        if (take > options.MaxBatchUpdate || take < 0 || skip < 0)
        {
            return Failed([PayloadErrors.LimitExceeded("take", options.MaxBatchUpdate, take)]);
        }

        var violations = new List<WriteViolation>();
        var operations = ProfileMutations.ReadOperations(input, violations);
        violations.AddRange(OperationValidator.Validate(operations, declarations));
        var fieldBody = new JsonObject();
        var fields = input.GetValueOrDefault("fields") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        ProfileFieldWriter.Apply(fieldBody, fields, violations);
        if (violations.Count > 0)
        {
            return Failed(violations.Select(PayloadErrors.From).ToList());
        }

        var where = filters.Translate(input.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>);
        var updates = ToStoreOperations(fields, fieldBody, operations);
        IReadOnlyList<UpdateResult> results;
        try
        {
            if (!operations.IsEmpty && await PreCheckAsync(project, where, operations, take, skip, context.RequestAborted).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }

            results = await store.UpdateManyAsync(project, where, updates, take, skip, context.RequestAborted).ConfigureAwait(false);
        }
        catch (QueryException e)
        {
            return Failed([PayloadErrors.StoreRejected(e.Code, e.Message)]);
        }

        var items = results.Select(result => (object?)new Dictionary<string, object?>
        {
            ["profileId"] = result.Id,
            ["profile"] = result.Document is { } d && result.Status is UpdateStatus.Updated or UpdateStatus.Unchanged ? new ProfileView(d) : null,
            ["errors"] = result.Status == UpdateStatus.Rejected ? new List<object?> { PayloadErrors.StoreRejected(result.ErrorCode, result.ErrorMessage) } : null,
        }).ToList();
        return new Dictionary<string, object?>
        {
            ["matchedCount"] = results.Count,
            ["modifiedCount"] = results.Count(r => r.Status == UpdateStatus.Updated),
            ["results"] = items,
            ["errors"] = null,
        };
    }

    /// <summary>
    /// Applies the property operations in memory to every matching profile first, so the size cap and
    /// the stored-type rules hold for batches too; any refusal means nothing is written.
    /// </summary>
    private async Task<Dictionary<string, object?>?> PreCheckAsync(string project, Filter? where, PropertyOperations operations, int take, int skip, CancellationToken ct)
    {
        var page = await store.QueryAsync(project, new QueryModel { Where = where, Take = take, Skip = skip, Select = [ProfileDocumentSchema.PropertiesPath] }, ct).ConfigureAwait(false);
        var results = new List<object?>();
        var refused = false;
        foreach (var document in page.Items)
        {
            var applied = PropertyOperationApplier.Apply(document.Body[ProfileDocumentSchema.PropertiesPath] as JsonObject ?? [], operations, declarations, options.MaxPropertiesBytes);
            refused |= !applied.Succeeded;
            results.Add(new Dictionary<string, object?>
            {
                ["profileId"] = document.Id,
                ["profile"] = null,
                ["errors"] = applied.Succeeded ? null : applied.Violations.Select(v => (object?)PayloadErrors.From(v)).ToList(),
            });
        }

        return refused
            ? new Dictionary<string, object?> { ["matchedCount"] = page.Items.Count, ["modifiedCount"] = 0, ["results"] = results, ["errors"] = null }
            : null;
    }

    private static Dictionary<string, object?> Failed(IReadOnlyList<IReadOnlyDictionary<string, object?>> errors) => new()
    {
        ["matchedCount"] = 0,
        ["modifiedCount"] = 0,
        ["results"] = new List<object?>(),
        ["errors"] = errors.Cast<object?>().ToList(),
    };

    private static UpdateOperations ToStoreOperations(IReadOnlyDictionary<string, object?> fields, JsonObject fieldBody, PropertyOperations operations)
    {
        var updates = new UpdateOperations();
        foreach (var field in ProfileDocumentSchema.StandardStringFields.Append("groups").Where(fields.ContainsKey))
        {
            updates.Set(field, fieldBody[field]?.DeepClone());
        }

        if (fields.GetValueOrDefault("contacts") is IReadOnlyDictionary<string, object?> contacts)
        {
            foreach (var field in ProfileDocumentSchema.ContactFields.Where(contacts.ContainsKey))
            {
                updates.Set("contacts." + field, (fieldBody["contacts"] as JsonObject)?[field]?.DeepClone());
            }
        }

        const string p = ProfileDocumentSchema.PropertiesPath + ".";
        foreach (var (key, value) in operations.Set)
        {
            updates.Set(p + key, value);
        }

        foreach (var (key, value) in operations.SetOnce)
        {
            updates.SetOnce(p + key, value);
        }

        foreach (var (key, value) in operations.Increment)
        {
            var number = (JsonValue)value!;
            if (long.TryParse(number.ToJsonString(), out var whole))
            {
                updates.Increment(p + key, whole);
            }
            else
            {
                updates.Increment(p + key, number.GetValue<double>());
            }
        }

        foreach (var (key, value) in operations.Append)
        {
            updates.Append(p + key, Items(value));
        }

        foreach (var (key, value) in operations.Remove)
        {
            updates.Remove(p + key, Items(value));
        }

        if (operations.Unset.Count > 0)
        {
            updates.Unset([.. operations.Unset.Select(key => p + key)]);
        }

        return updates;
    }

    private static JsonNode?[] Items(JsonNode? value) =>
        value is JsonArray array ? [.. array.Select(item => item?.DeepClone())] : [value?.DeepClone()];
}

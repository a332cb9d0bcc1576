using ProfileGraph.Data;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.Profiles.Resolvers;

/// <summary>Resolvers of <c>Query</c>: single and batch reads, listing, capacity and node lookup.</summary>
internal sealed class QueryResolvers(IDocumentStore store, ProfileOptions options, FilterTranslator filters)
{
    public void Register(SchemaBuilder builder)
    {
        builder.AddResolver("Query.profile", ProfileAsync);
        builder.AddResolver("Query.profilesByIds", ProfilesByIdsAsync);
        builder.AddResolver("Query.profiles", ProfilesAsync);
        builder.AddResolver("Query.profilePage", ProfilePageAsync);
        builder.AddResolver("Query.propertiesCapacity", CapacityAsync);
        builder.AddResolver("Query.node", NodeAsync);
        builder.AddResolver("Query.nodes", NodesAsync);
        ConnectionResult.Register(builder);
    }

    private async ValueTask<object?> ProfileAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.Project(context);
        var id = context.ArgumentValue<string>("profileId");
        var documents = await store.GetByIdsAsync(project, [id], ProfileProjection.ForField(context), context.RequestAborted).ConfigureAwait(false);
        return documents[0] is { } document ? new ProfileView(document) : null;
    }

    private async ValueTask<object?> ProfilesByIdsAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.Project(context);
        var ids = context.ArgumentValue<IReadOnlyList<object?>>("profileIds").Cast<string>().ToList();
        if (ids.Count == 0 || ids.Count > options.MaxBatchIds)
        {
            throw ResolverErrors.IdCount("profileIds", ids.Count, options.MaxBatchIds);
        }

        var documents = await store.GetByIdsAsync(project, ids, ProfileProjection.ForField(context), context.RequestAborted).ConfigureAwait(false);
        var result = new List<object?>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            if (documents[i] is { } document)
            {
                result.Add(new ProfileView(document));
            }
            else
            {
                result.Add(null);
                context.ReportError(ResolverErrors.ProfileNotFound(ids[i], [.. context.Path.ToList(), i]).Error);
            }
        }

        return result;
    }

    private async ValueTask<object?> ProfilesAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.Project(context);
        var coordinate = context.Field.Coordinate;
        var first = context.ArgumentValue<int?>("first");
        var last = context.ArgumentValue<int?>("last");
        var after = context.ArgumentValue<string?>("after");
        var before = context.ArgumentValue<string?>("before");
        CheckPageSize(coordinate, "first", first);
        CheckPageSize(coordinate, "last", last);

        var model = BaseModel(context) with { After = after, Before = before };
        if (last is { } lastCount && first is null)
        {
            model = model with { Take = lastCount };
            if (before is null)
            {
                // Without a cursor the last page is found from the count, as HotChocolate does.
                var count = await store.CountAsync(project, model.Where, context.RequestAborted).ConfigureAwait(false);
                model = model with { Skip = (int)Math.Max(0, count - lastCount) };
            }
        }
        else
        {
            model = model with { Take = first ?? options.DefaultPageSize };
        }

        var page = await QueryAsync(project, model, context).ConfigureAwait(false);
        return ConnectionResult.From(page);
    }

    private async ValueTask<object?> ProfilePageAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.Project(context);
        var coordinate = context.Field.Coordinate;
        var skip = context.ArgumentValue<int?>("skip") ?? 0;
        var take = context.ArgumentValue<int?>("take");
        CheckPageSize(coordinate, "take", take);
        if (skip < 0)
        {
            throw ResolverErrors.NegativePageSize(coordinate, "skip");
        }

        var model = BaseModel(context) with { Skip = skip, Take = take ?? options.DefaultPageSize };
        var page = await QueryAsync(project, model, context).ConfigureAwait(false);
        return CollectionSegmentResult.From(page, skip);
    }

    private QueryModel BaseModel(IResolverContext context) => new()
    {
        Where = filters.Translate(context.ArgumentValue<IReadOnlyDictionary<string, object?>?>("where")),
        Order = SortTranslator.Translate(context.ArgumentValue<IReadOnlyList<object?>?>("order")),
        Select = ProfileProjection.ForPage(context),
        IncludeTotalCount = ProfileProjection.SelectsTotalCount(context),
    };

    private async Task<DocumentPage> QueryAsync(string project, QueryModel model, IResolverContext context)
    {
        if (!ProfileProjection.SelectsItems(context))
        {
            // Only totalCount is selected: count, and fetch no page.
            model = model with { Take = 0 };
        }

        try
        {
            return await store.QueryAsync(project, model, context.RequestAborted).ConfigureAwait(false);
        }
        catch (QueryException e) when (e.Code is QueryErrorCodes.InvalidCursor or QueryErrorCodes.CursorMismatch)
        {
            throw ResolverErrors.InvalidCursor(model.After is not null ? "after" : "before", model.After ?? model.Before ?? "");
        }
        catch (QueryException e)
        {
            throw ResolverErrors.InvalidArgument(e.Message);
        }
    }

    private void CheckPageSize(string coordinate, string argument, int? size)
    {
        if (size < 0)
        {
            throw ResolverErrors.NegativePageSize(coordinate, argument);
        }

        if (size > options.MaxPageSize)
        {
            throw ResolverErrors.MaxPageSize(coordinate, size.Value, options.MaxPageSize);
        }
    }

    private async ValueTask<object?> CapacityAsync(IResolverContext context) =>
        await store.GetPropertyBytesAsync(ProfileRequestContext.Project(context), context.RequestAborted).ConfigureAwait(false);

    private async ValueTask<object?> NodeAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.Project(context);
        if (!NodeId.TryDecode(context.ArgumentValue<string>("id"), out var type, out var id) || type != NodeId.ProfileType)
        {
            return null;
        }

        var documents = await store.GetByIdsAsync(project, [id], null, context.RequestAborted).ConfigureAwait(false);
        return documents[0] is { } document ? new ProfileView(document) : null;
    }

    private async ValueTask<object?> NodesAsync(IResolverContext context)
    {
        var project = ProfileRequestContext.Project(context);
        var ids = context.ArgumentValue<IReadOnlyList<object?>>("ids").Cast<string>().ToList();
        if (ids.Count > 50)
        {
            throw new GraphQL.GraphQLException($"The maximum number of nodes that can be fetched at once is 50. This selection tried to fetch {ids.Count} nodes that exceeded the maximum allowed amount.", "HC0076");
        }

        var profileIds = ids.Select(raw => NodeId.TryDecode(raw, out var type, out var id) && type == NodeId.ProfileType ? id : null).ToList();
        var known = profileIds.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var documents = known.Count == 0 ? [] : await store.GetByIdsAsync(project, known, null, context.RequestAborted).ConfigureAwait(false);
        var byId = documents.OfType<StoredDocument>().ToDictionary(d => d.Id, StringComparer.Ordinal);
        return profileIds.Select(id => id is not null && byId.TryGetValue(id, out var d) ? new ProfileView(d) : null).ToList<object?>();
    }
}

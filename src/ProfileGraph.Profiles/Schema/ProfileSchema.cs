using ProfileGraph.Data;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Profiles.Resolvers;
using ProfileGraph.Profiles.Resolvers.Mutations;
using ProfileGraph.Profiles.Security;

namespace ProfileGraph.Profiles.Schema;

/// <summary>
/// The profile API's executable schema: the SDL of <c>schema/</c> bound to a document store.
/// The host opens the store with <see cref="ProfileDocumentSchema.Create"/> of the same declarations.
/// </summary>
public static class ProfileSchema
{
    /// <summary>
    /// Builds the schema from <paramref name="sdl"/> with resolvers over <paramref name="store"/>; the key fields
    /// use <paramref name="keys"/> (the host's key store).
    /// </summary>
    public static GraphQL.Types.Schema Create(IDocumentStore store, ProfileOptions options, ProfileSdl sdl, IApiKeyManager? keys = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sdl);

        var builder = SchemaBuilder.FromSdl([.. sdl.Documents]);
        var declarations = sdl.Declarations;
        var filters = new FilterTranslator(declarations);
        var modifier = new ProfileModifier(store, options);

        new QueryResolvers(store, options, filters).Register(builder);
        ProfileFieldResolvers.Register(builder, declarations);
        new ProfileMutations(store, options, declarations, modifier).Register(builder);
        new IdentityMutations(store, options, modifier).Register(builder);
        new AccountMutations(store, modifier).Register(builder);
        new BatchMutations(store, options, declarations, filters).Register(builder);
        new ApiKeyResolvers(keys).Register(builder);

        GraphQL.Types.Schema? built = null;
        builder.AddTypeResolver("Node", value => value is ProfileView ? built!.GetType("Profile") as ObjectType : null);
        built = builder.Build();
        return built;
    }

    /// <summary>Builds the schema from the files in <paramref name="schemaDirectory"/>.</summary>
    public static GraphQL.Types.Schema Create(IDocumentStore store, ProfileOptions options, string schemaDirectory) =>
        Create(store, options, ProfileSdl.Load(schemaDirectory));
}

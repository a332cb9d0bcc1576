using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.Server.Tests.Http;

/// <summary>A small schema of the tests' own, so the HTTP layer is tested independently of schema/.</summary>
internal static class TestSchema
{
    public const string Sdl = """
        "The root query."
        type Query {
          "Greets someone."
          hello(name: String = "world"): String!
          profile(id: ID!): Profile
          profiles: [Profile!]!
          double(n: Int!): Int!
          boom: String
          nonNullBoom: String!
        }

        type Mutation {
          rename(id: ID!, name: String!): Profile
        }

        type Profile {
          id: ID!
          name: String
          friends: [Profile!]!
        }
        """;

    private static readonly Dictionary<string, object?> Ada = Profile("1", "Ada");
    private static readonly Dictionary<string, object?> Grace = Profile("2", "Grace");

    public static Schema Create() =>
        SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query.hello", ctx => new($"Hello, {ctx.ArgumentValue<string>("name")}!"))
            .AddResolver("Query.profile", ctx => new(ctx.ArgumentValue<string>("id") switch
            {
                "1" => Ada,
                "2" => Grace,
                _ => null,
            }))
            .AddResolver("Query.profiles", _ => new(new List<object?> { Ada, Grace }))
            .AddResolver("Query.double", ctx => new(ctx.ArgumentValue<int>("n") * 2))
            .AddResolver("Query.boom", _ => throw new InvalidOperationException("secret detail"))
            .AddResolver("Query.nonNullBoom", _ => throw new InvalidOperationException("secret detail"))
            .AddResolver("Profile.friends", ctx => new(ReferenceEquals(ctx.Parent, Ada) ? new List<object?> { Grace } : new List<object?> { Ada }))
            .AddResolver("Mutation.rename", ctx => new(Profile(ctx.ArgumentValue<string>("id"), ctx.ArgumentValue<string>("name"))))
            .Build();

    private static Dictionary<string, object?> Profile(string id, string name) => new() { ["id"] = id, ["name"] = name };
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.Benchmarks.Engine;

/// <summary>The schema and documents the engine benchmarks share.</summary>
internal static class EngineFixtures
{
    public const int ListSize = 1000;

    public static readonly string Sdl = BuildSdl();

    /// <summary>graphql-js <c>getIntrospectionQuery()</c> with descriptions, as GraphQL IDEs send it.</summary>
    public const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) {
            name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
          }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    /// <summary>Fifty root fields, half strings, half ints.</summary>
    public static readonly string FiftyFieldQuery =
        "{ " + string.Join(" ", Enumerable.Range(0, 50).Select(i => "f" + i)) + " }";

    /// <summary>A list of 1,000 objects with ten fields each: 10,000 resolved leaves.</summary>
    public const string ListQuery = "{ items { a b c d e f g h i j } }";

    /// <summary>A typical client query: about 20 fields, arguments, a variable, aliases and a fragment.</summary>
    public static string TypicalQuery(int variant) => $$"""
        # variant {{variant}}
        query Profile($id: ID!) {
          profile(id: $id) {
            id
            firstName
            lastName
            v{{variant}}: email
            ...Contact
            devices(first: 10) { id platform lastActive model }
            friends(first: 5) { id firstName lastName }
          }
          version
        }
        fragment Contact on Profile { phone city country avatarUrl createdAt }
        """;

    public static Schema CreateSchema()
    {
        var builder = SchemaBuilder.FromSdl(Sdl);
        for (var i = 0; i < 50; i++)
        {
            object value = i % 2 == 0 ? "value" + i : i;
            builder.AddResolver("Query.f" + i, _ => new ValueTask<object?>(value));
        }

        var items = new object?[ListSize][];
        for (var n = 0; n < ListSize; n++)
        {
            items[n] = [n, "name" + n, n * 2, "x", true, n + 0.5, "y", n, "z", false];
        }

        builder.AddResolver("Query.items", _ => new ValueTask<object?>(items));
        var fieldNames = "abcdefghij";
        for (var f = 0; f < fieldNames.Length; f++)
        {
            var index = f;
            builder.AddResolver("Item." + fieldNames[f], c => new ValueTask<object?>(((object?[])c.Parent!)[index]));
        }

        return builder.Build();
    }

    /// <summary>A reusable sink that serializes a result the way the server does.</summary>
    internal sealed class JsonSink
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
        private readonly Utf8JsonWriter _writer;

        public JsonSink() => _writer = new Utf8JsonWriter(_buffer);

        public int Write(ExecutionResult result)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            result.WriteTo(_writer);
            _writer.Flush();
            return _buffer.WrittenCount;
        }
    }

    private static string BuildSdl()
    {
        var sdl = new StringBuilder();
        sdl.AppendLine("type Query {");
        for (var i = 0; i < 50; i++)
        {
            sdl.AppendLine(i % 2 == 0 ? $"  f{i}: String" : $"  f{i}: Int");
        }

        sdl.AppendLine("""
              items: [Item!]!
              profile(id: ID!): Profile
              version: String
            }
            type Item { a: Int b: String c: Int d: String e: Boolean f: Float g: String h: Int i: String j: Boolean }
            "A person using an app."
            type Profile {
              id: ID!
              firstName: String
              lastName: String
              email: String
              phone: String
              city: String
              country: String
              avatarUrl: String
              createdAt: String
              devices(first: Int = 10): [Device!]!
              friends(first: Int): [Profile!]!
            }
            type Device { id: ID! platform: Platform model: String lastActive: String }
            enum Platform { IOS ANDROID WEB }
            input ProfileInput { firstName: String lastName: String email: String }
            type Mutation { setProfile(id: ID!, input: ProfileInput!): Profile }
            """);
        return sdl.ToString();
    }
}
